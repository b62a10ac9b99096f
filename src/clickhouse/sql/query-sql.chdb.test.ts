// Differential tests of the query compiler: every query runs as SQL over the events table in
// chdb (embedded ClickHouse) and must select exactly the events the tab's reference evaluator
// (`query/evaluate.ts`) matches. Skipped, with the reason printed, when chdb is not installed.
import { describe, expect, it } from 'vitest';
import { matchesEvent } from '../../query/evaluate';
import { parseQuery } from '../../query/parse';
import { chdbSkipReason, useEventsSession, selectEventIds } from '../../test-support/chdb-session';
import { TEST_EVENTS } from '../../test-support/clickhouse-test-events';
import { eventRow, eventView } from '../../test-support/clickhouse-test-rows';
import { ParamBag } from './params';
import { queryToSql } from './query-sql';

export const DIFFERENTIAL_QUERIES: readonly string[] = [
  '',
  '*',
  '@evt.name:open',
  '-@evt.name:open',
  '@evt.name:(open OR exec)',
  '@evt.name:o*',
  '@evt.name:*e?t',
  '@evt.name:"it\'s \\\\ fine"',
  '@evt.name:SELECT*',
  '@file.path:/etc/*',
  '@file.path:C\\:\\\\Windows*',
  '@file.path:"{p0:String}"',
  '@file.flags:O_CLOEXEC',
  '-@file.flags:O_CLOEXEC',
  '@file.flags:*',
  '-@file.flags:*',
  '@file:*',
  '@obj:*',
  '@nothing:*',
  '@empty:*',
  '@process.pid:4121',
  '@process.pid:4121.0',
  '@process.pid:77',
  '@process.pid:>1000',
  '@process.pid:[100 TO 4200]',
  '@process.pid:{4121 TO 4300]',
  '@process.pid:[* TO 100]',
  '@size:>=42',
  '@size:<1000',
  '@size:[0042 TO 1e3]',
  '@size:>abc',
  '@size:<b',
  '@big:12345678901234567',
  '@big:>12345678901234566',
  '@ratio:0.5',
  '@ratio:<1',
  '@neg:<0',
  '@list:2',
  '@list:true',
  '@list:x*',
  '@list:>1',
  '@nested.v:2',
  '@flag:true',
  '@flag:false',
  '@flag:*',
  '@when:>2026-11-20T07:30:00Z',
  '@when:<2026-11-20',
  '@when:[2026-11-20T07:00:00.123456789Z TO 2026-11-20T07:00:00.123456789Z]',
  '@when:>m',
  '@emoji:?',
  '@file.path:/tmp/?/x',
  '@mount.mountpoint.path:/mnt/*',
  '@text:line1*',
  'host:web-1',
  'host:*',
  '-host:*',
  'host:"o\'brien\\\\host"',
  'host:"x\' OR 1=1 --"',
  'service:café',
  'service:Caf*',
  'status:warn',
  'source:cws',
  'env:prod',
  'env:*',
  '-env:*',
  'k:v\\:w',
  'tags:solo',
  'tags:env*',
  'path:"/a\\\\b"',
  '*:open',
  '*:OPEN',
  '*:web*',
  '*:prod',
  '*:8080',
  '*:example.com',
  '@validity:drift',
  '-@validity:valid',
  '@schema:linux-7.71',
  '@schema:*',
  '@id:e-open',
  'id:e-*',
  '@process.key:"web-1/4121/2026-11-20T08:00:00.1Z/2026-11-20T08:00:00.3Z"',
  '@process.key:*',
  '@process.subtree:"web-1/4121/2026-11-20T08:00:00.1Z/2026-11-20T08:00:00.3Z"',
  '@process.subtree:*/100/*',
  'curl',
  'CURL',
  'usr/bin',
  '"a b"',
  'web*',
  '*web*',
  'downl?ad',
  'caf*',
  'example.com',
  '\u00e9v*',
  'nomatch',
  '@evt.name:open OR @validity:invalid',
  '@evt.name:open AND -host:web-1',
  'NOT (@evt.name:exec OR @process.pid:>4000)',
  '(open OR exec) -@evt.category:"Process Activity"',
];

describe.skipIf(chdbSkipReason !== undefined)('queryToSql in ClickHouse (chdb)', () => {
  const session = useEventsSession(() => TEST_EVENTS.map((e, i) => eventRow(e, i + 1)));

  it.each(DIFFERENTIAL_QUERIES)('selects what the tab matches: %s', (query) => {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(`${query}: ${parsed.error.message}`);
    const expected = TEST_EVENTS.filter((e) => matchesEvent(parsed.ast, eventView(e))).map(
      (e) => e.id,
    );
    const bag = new ParamBag();
    const where = queryToSql(parsed.ast, bag);
    expect(selectEventIds(session(), where, bag)).toEqual(expected);
  });
});
