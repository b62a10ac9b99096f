// Turns the runs of every dataset into medians, a markdown table and a JSON record.
import type { Dataset } from './data';
import type { AppRun, BaselineRun } from './measure';

export interface DatasetResult {
  readonly dataset: Dataset;
  /** Parsing workers of the app's runs. */
  readonly workers: number;
  readonly app: readonly AppRun[];
  readonly baseline: readonly BaselineRun[];
}

export interface Summary {
  readonly input: string;
  readonly file: string;
  readonly fileMB: number;
  readonly textMB: number;
  readonly events: number | undefined;
  readonly runs: number;
  readonly survived: number;
  readonly ready: number;
  readonly loadS: number | undefined;
  readonly eventsPerS: number | undefined;
  readonly textMBPerS: number | undefined;
  readonly firstRowsMs: number | undefined;
  readonly workers: number;
  readonly peakRendererMB: number | undefined;
  readonly peakBytesPerEvent: number | undefined;
  readonly settledBytesPerEvent: number | undefined;
  readonly longestTaskMs: number | undefined;
  readonly indexBytesPerEvent: number | undefined;
  readonly baselineS: number | undefined;
  readonly appOverBaseline: number | undefined;
}

/** Median of the defined values, or undefined when there are none. */
export function median(values: readonly (number | undefined)[]): number | undefined {
  const sorted = values
    .filter((v): v is number => v !== undefined && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b;
}

export function summarize({ dataset, workers, app, baseline }: DatasetResult): Summary {
  const ready = app.filter((r) => r.outcome === 'ready');
  const loadMs = median(ready.map((r) => r.loadMs));
  const events = median(ready.map((r) => r.events));
  const baselineMs = median(baseline.map((r) => r.ms));
  const peakBytes = median(
    app.map((r) => Math.max(r.memory.peakRssBytes, r.memory.peakHwmBytes) || undefined),
  );
  const indexBytes = median(ready.map((r) => r.indexBytes));
  const settledBytes = median(ready.map((r) => r.settledRssBytes));
  return {
    input: dataset.label,
    workers,
    file: dataset.path,
    fileMB: dataset.sizeBytes / 1e6,
    textMB: dataset.textBytes / 1e6,
    events,
    runs: app.length,
    survived: app.filter((r) => r.survived).length,
    ready: ready.length,
    loadS: loadMs === undefined ? undefined : loadMs / 1000,
    eventsPerS: ratio(events, loadMs === undefined ? undefined : loadMs / 1000),
    textMBPerS: ratio(dataset.textBytes / 1e6, loadMs === undefined ? undefined : loadMs / 1000),
    firstRowsMs: median(ready.map((r) => r.firstRowMs)),
    peakRendererMB: peakBytes === undefined ? undefined : peakBytes / 1e6,
    peakBytesPerEvent: ratio(peakBytes, events),
    settledBytesPerEvent: ratio(settledBytes, events),
    longestTaskMs: median(ready.map((r) => r.longestTaskMs)),
    indexBytesPerEvent: ratio(indexBytes, events),
    baselineS: baselineMs === undefined ? undefined : baselineMs / 1000,
    appOverBaseline: ratio(loadMs, baselineMs),
  };
}

function fmt(value: number | undefined, digits: number): string {
  if (value === undefined) return '–';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Markdown table of the medians. */
export function markdownTable(summaries: readonly Summary[]): string {
  const header = [
    'input',
    'workers',
    'file MB',
    'events',
    'load s',
    'events/s',
    'MB/s (text)',
    'first rows ms',
    'peak renderer MB',
    'peak B/event',
    'loaded B/event',
    'index B/event',
    'longest main task ms',
    'survived',
    'ready',
    'baseline s',
    'app / baseline',
  ];
  const rows = summaries.map((s) => [
    s.input,
    String(s.workers),
    fmt(s.fileMB, 1),
    fmt(s.events, 0),
    fmt(s.loadS, 2),
    fmt(s.eventsPerS, 0),
    fmt(s.textMBPerS, 1),
    fmt(s.firstRowsMs, 0),
    fmt(s.peakRendererMB, 0),
    fmt(s.peakBytesPerEvent, 0),
    fmt(s.settledBytesPerEvent, 0),
    fmt(s.indexBytesPerEvent, 0),
    fmt(s.longestTaskMs, 0),
    `${s.survived}/${s.runs}`,
    `${s.ready}/${s.runs}`,
    fmt(s.baselineS, 2),
    s.appOverBaseline === undefined ? '–' : `${fmt(s.appOverBaseline, 2)}×`,
  ]);
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
