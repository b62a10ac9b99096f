// The counters are one snapshot at every moment of a load: sampled on every frame while a
// 100,000-event file loads, matching is never above events, invalid + drift never exceed
// events, and with no query matching is events exactly (once the first answer is in).
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { expect, fixturePath, test } from './helpers/app-page';

const EVENTS = 100_000;

interface Sample {
  readonly events: number;
  readonly matching: number;
  readonly invalid: number;
  readonly drift: number;
}

declare global {
  interface Window {
    __counterSamples?: Sample[];
  }
}

/** NDJSON of `count` events: the 50-event fixture's lines repeated. */
async function writeRepeated(path: string, count: number): Promise<void> {
  const lines = (await readFile(fixturePath('shape-ndjson.ndjson'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '');
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${lines[i % lines.length]!}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

let dir = '';
let file = '';

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cws-counts-'));
  file = join(dir, 'hundred-thousand.ndjson');
  await writeRepeated(file, EVENTS);
});

test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

for (const query of ['', '@evt.name:open']) {
  test(`counters agree on every frame of a 100k load (query: ${query || 'none'})`, async ({
    app,
    page,
  }) => {
    test.setTimeout(120_000);
    await app.goto(query === '' ? '' : `q=${encodeURIComponent(query)}`);
    await page.evaluate(() => {
      const samples: Sample[] = [];
      window.__counterSamples = samples;
      const read = (name: string) =>
        Number(document.querySelector(`[data-testid="stat-${name}"]`)?.getAttribute('data-value'));
      const tick = () => {
        samples.push({
          events: read('events'),
          matching: read('matching'),
          invalid: read('invalid'),
          drift: read('drift'),
        });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await app.openFiles([file]);
    expect(await app.waitForReady(100_000)).toBe('ready');
    expect(await app.stat('events')).toBe(EVENTS);
    const samples = await page.evaluate(() => window.__counterSamples ?? []);
    const during = samples.filter((s) => s.events > 0 && s.events < EVENTS);
    expect(during.length, 'frames sampled while loading').toBeGreaterThan(5);
    for (const s of samples) {
      expect(s.matching, JSON.stringify(s)).toBeLessThanOrEqual(s.events);
      expect(s.invalid + s.drift, JSON.stringify(s)).toBeLessThanOrEqual(s.events);
      if (query === '' && s.matching > 0) expect(s.matching, JSON.stringify(s)).toBe(s.events);
    }
  });
}
