// The bundled sample investigation read with Node, for specs to check what the page shows
// against counts and orders the page did not compute: the events of the file, their times,
// the value at a body path, and the engine's default order (time, ties in file order).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const SAMPLE_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'public',
  'sample',
  'investigation.json.gzip',
);

/** The fixture holding the sample's hosts on a routine day: its baseline (global-setup.ts). */
export const SAMPLE_BASELINE = 'sample-baseline.json.gz';

/** The event body: a log-archive line's `attributes`. */
export interface SampleBody {
  readonly date?: string;
  readonly evt: { readonly name: string; readonly category: string; readonly outcome: string };
  readonly file?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

/** One sample event: its id, its position in the file, its time and its body. */
export interface SampleEvent {
  readonly id: string;
  /** The envelope's host. */
  readonly host: string;
  readonly ordinal: number;
  /** Epoch milliseconds: the body date first, then the envelope date. */
  readonly timeMs: number;
  readonly body: SampleBody;
}

/** One line of the file: the log-archive envelope with the event body in `attributes`. */
interface ArchiveLine {
  readonly _id: string;
  readonly date: string;
  readonly host: string;
  readonly attributes: SampleBody;
}

let cached: readonly SampleEvent[] | undefined;

/** Every event of the bundled sample (gzip of one archive line per event; read once per worker). */
export function sampleEvents(): readonly SampleEvent[] {
  cached ??= gunzipSync(readFileSync(SAMPLE_FILE))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((text, ordinal) => {
      const line = JSON.parse(text) as ArchiveLine;
      const body = line.attributes;
      const timeMs = Date.parse(body.date ?? line.date);
      return { id: line._id, host: line.host, ordinal, timeMs, body };
    });
  return cached;
}

export function sampleEvent(id: string): SampleEvent {
  const event = sampleEvents().find((e) => e.id === id);
  if (event === undefined) throw new Error(`No sample event ${id}`);
  return event;
}

/** How many sample events satisfy `predicate`. */
export function countSample(predicate: (event: SampleEvent) => boolean): number {
  return sampleEvents().filter(predicate).length;
}

/** True when the event's time falls in `[fromMs, toMs)`. */
export function inTimeRange(event: SampleEvent, range: { fromMs: number; toMs: number }): boolean {
  return event.timeMs >= range.fromMs && event.timeMs < range.toMs;
}

/** The value at a dotted body path (`process.executable.path`), or undefined. */
export function valueAt(event: SampleEvent, path: string): unknown {
  let value: unknown = event.body;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Time order as the engine keeps it: by time, ties in file order. */
export function byTime(a: SampleEvent, b: SampleEvent): number {
  return a.timeMs - b.timeMs || a.ordinal - b.ordinal;
}

/** Sample events sorted by the text at `path` (code-unit order), ties in time order. */
export function sortedByText(path: string, descending: boolean): SampleEvent[] {
  return [...sampleEvents()].sort((a, b) => {
    const x = String(valueAt(a, path));
    const y = String(valueAt(b, path));
    const order = x < y ? -1 : x > y ? 1 : 0;
    return (descending ? -order : order) || byTime(a, b);
  });
}
