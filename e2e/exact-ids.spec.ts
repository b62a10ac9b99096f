// APM ids past 2^53 (dd.trace_id, dd.span_id) are shown digit for digit, never rounded.
import { writeFileSync } from 'node:fs';
import { expect, test } from './helpers/app-page';
import { showView } from './helpers/detail-page';

test('a 64-bit trace id survives from the file to the detail pane', async ({ app }, testInfo) => {
  const path = testInfo.outputPath('big-ids.ndjson');
  const body = (pid: number) =>
    `{"evt":{"name":"open","category":"File Activity","outcome":"Success"},` +
    `"date":"2026-11-20T10:00:0${pid}Z","process":{"pid":${pid},"uid":0,"gid":0},` +
    `"dd":{"trace_id":18446744073709551615,"span_id":9007199254740993}}`;
  writeFileSync(path, `${body(1)}\n${body(2)}\n`);
  await app.goto();
  await app.openFiles([path]);
  expect(await app.waitForReady()).toBe('ready');
  await app.selectRow(0);
  await expect(app.field('dd.trace_id').first()).toContainText('18446744073709551615');
  await expect(app.field('dd.span_id').first()).toContainText('9007199254740993');
  await showView(app, 'Raw JSON');
  await expect(app.detail()).toContainText('"trace_id": 18446744073709551615');
});
