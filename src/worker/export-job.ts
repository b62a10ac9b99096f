/**
 * One export of the view in force: its events in view order, window by window, written as
 * NDJSON of the original bodies, NDJSON of the records (envelope and body), or CSV of the
 * visible columns, with optional redaction. Output goes into chunk Blobs as it is written
 * (`BlobChunks`), so neither the events nor the file are ever held as one string. Progress
 * is reported at most every 100 ms; the job yields between slices of work, so the page's
 * other requests are answered meanwhile, and stops (answering `cancelled`) when `stopped()`.
 *
 * Stars and notes: a top-level `explorer` member of an annotated record (envelopes format),
 * `starred` and `note` columns when an exported event is annotated (CSV), the manifest only
 * for the bodies format, whose lines must stay the input's bodies.
 */
import type { EventIndex } from '../index/event-index';
import type {
  EventRow,
  ExportAnnotation,
  ExportProgress,
  ExportRequest,
  ExportResult,
  ViewSpec,
} from '../protocol/messages';
import { BlobChunks } from '../export/blob-chunks';
import { createCsvWriter } from '../export/csv-writer';
import { replaceIpAddresses } from '../export/ip-addresses';
import { createNdjsonWriter, type ExportRecord } from '../export/ndjson-writer';
import { createRedactor, type RedactionManifest } from '../export/redact';
import { REDACTED } from '../export/redaction-rules';
import { formatBytes } from '../lib/format';
import { yieldToEventLoop } from '../lib/yield-to-event-loop';
import { columnKeys, createCellRedactor, csvCells } from './export-csv';
import { eventText, withTopLevelKey } from './export-record';
import type { ManifestAnnotation, ManifestSource } from './export-manifest';
import { manifestJson, mergeRedaction } from './export-manifest';
import { readWindow, type ReadRecord } from './export-reader';
import type { RawSource } from './raw-scan';

const WINDOW_EVENTS = 1024;
const PROGRESS_INTERVAL_MS = 100;
const SLICE_MS = 25;
/** The member an annotated record carries its star and note in (envelopes format). */
export const ANNOTATION_KEY = 'explorer';

export type ExportSource = RawSource & ManifestSource;

/** What the job reads of the open data set. */
export interface ExportData {
  /** The view's events in view order. */
  readonly keys: Uint32Array;
  readonly spec: ViewSpec;
  readonly index: EventIndex;
  readonly sources: readonly ExportSource[];
  eventId(key: number): string;
  row(key: number): EventRow;
  /** Text of a field column (`@file.mode`) as the table shows it. */
  fieldText(field: string, key: number): string;
}

export interface ExportHooks {
  report(progress: ExportProgress): void;
  stopped(): boolean;
}

/** A format: the text of a window of events. */
interface FormatWriter {
  readonly type: string;
  readonly needsRecords: boolean;
  write(keys: Uint32Array, records: ReadonlyArray<ReadRecord | undefined> | undefined): string;
  end(): string;
  written(): number;
  skipped(): number;
  redaction(): RedactionManifest;
}

type AnnotationOf = (key: number) => ExportAnnotation | undefined;

function ndjsonWriter(
  request: ExportRequest,
  index: EventIndex,
  annotationOf: AnnotationOf,
): FormatWriter {
  const writer = createNdjsonWriter({ redact: request.redact });
  const bodies = request.format === 'ndjson-bodies';
  const part = bodies ? 'body' : 'item';
  let unreadable = 0;
  return {
    type: 'application/x-ndjson',
    needsRecords: true,
    write(keys, records) {
      const batch: ExportRecord[] = [];
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as number;
        const record = records?.[i];
        const text =
          record === undefined
            ? undefined
            : eventText(record.text, record.items, index.item[key] as number, part);
        if (text === undefined) {
          unreadable++;
          continue;
        }
        const annotation = bodies ? undefined : annotationOf(key);
        batch.push({
          line:
            annotation === undefined
              ? text
              : withTopLevelKey(text, ANNOTATION_KEY, JSON.stringify(annotation)),
        });
      }
      return writer.write(batch);
    },
    end: () => writer.end(),
    written: () => writer.stats().written,
    skipped: () => unreadable + writer.stats().skipped,
    redaction: () => writer.manifest(),
  };
}

function csvWriter(
  request: ExportRequest,
  data: ExportData,
  annotationOf: AnnotationOf,
  hasAnnotations: boolean,
): FormatWriter {
  const { columns } = request;
  const extra = hasAnnotations ? ['starred', 'note'] : [];
  const writer = createCsvWriter([
    ...columns.map((c) => ({ id: c.id, header: c.header })),
    ...extra.map((id) => ({ id, header: id })),
  ]);
  const redactor =
    request.redact.length > 0
      ? createCellRedactor([...columnKeys(columns), ...extra], request.redact)
      : undefined;
  let written = 0;
  return {
    type: 'text/csv',
    needsRecords: false,
    write(keys) {
      const rows: string[][] = [];
      for (const key of keys) {
        const cells = csvCells(columns, data.row(key), (field) => data.fieldText(field, key));
        if (hasAnnotations) {
          const annotation = annotationOf(key);
          cells.push(annotation?.starred === true ? 'true' : '', annotation?.note ?? '');
        }
        rows.push(redactor === undefined ? cells : redactor.redact(cells));
      }
      written += rows.length;
      return writer.write(rows);
    },
    end: () => writer.end(),
    written: () => written,
    skipped: () => 0,
    redaction: () => (redactor?.redactor ?? createRedactor([])).manifest(),
  };
}

/** The annotations of the exported events, by key (one pass over the view's ids). */
function annotationsByKey(data: ExportData, request: ExportRequest): Map<number, ExportAnnotation> {
  const byKey = new Map<number, ExportAnnotation>();
  const { annotations } = request;
  if (Object.keys(annotations).length === 0) return byKey;
  for (const key of data.keys) {
    const id = data.eventId(key);
    const annotation = Object.hasOwn(annotations, id) ? annotations[id] : undefined;
    // Rebuilt: only these two members go into the export, whatever the page sent.
    if (annotation !== undefined) {
      byKey.set(key, { starred: annotation.starred === true, note: String(annotation.note) });
    }
  }
  return byKey;
}

/**
 * The view as the manifest names it. A query or rule can name the very values redacted
 * (`@network.destination.ip:10.0.0.1`, `@process.user:alice`): with users, arguments or
 * environment redacted they are withheld, with addresses only their addresses are hidden.
 */
function manifestSpec(spec: ViewSpec, request: ExportRequest): ViewSpec {
  const categories = new Set(request.redact);
  if (categories.size === 0) return spec;
  const hide = (text: string): string => {
    if (text === '') return text;
    if (categories.has('users') || categories.has('args') || categories.has('envs'))
      return REDACTED;
    return replaceIpAddresses(text, REDACTED).text;
  };
  return {
    ...spec,
    query: hide(spec.query),
    ...(spec.rule !== undefined ? { rule: hide(spec.rule) } : {}),
  };
}

/**
 * A Blob the browser could not store (a private window keeps blobs in memory only, a few GB at
 * most) is only found out when read: read its last byte, so the page reports the failure
 * instead of saving a download that breaks off.
 */
async function checkReadable(file: Blob): Promise<void> {
  if (file.size === 0) return;
  try {
    await file.slice(file.size - 1).arrayBuffer();
  } catch {
    throw new Error(
      `the browser could not hold the ${formatBytes(file.size)} file; export fewer events ` +
        '(narrow the query or the time range), or use a window that is not private',
    );
  }
}

export async function runExport(
  data: ExportData,
  request: ExportRequest,
  hooks: ExportHooks,
): Promise<ExportResult> {
  const { keys } = data;
  const total = keys.length;
  const annotated = annotationsByKey(data, request);
  const annotationOf: AnnotationOf = (key) => annotated.get(key);
  const writer =
    request.format === 'csv'
      ? csvWriter(request, data, annotationOf, annotated.size > 0)
      : ndjsonWriter(request, data.index, annotationOf);
  const chunks = new BlobChunks(writer.type);
  let lastReport = performance.now();
  let sliceStart = lastReport;
  hooks.report({ done: 0, total, bytes: 0 });
  for (let start = 0; start < total; start += WINDOW_EVENTS) {
    if (hooks.stopped()) return { outcome: 'cancelled' };
    const window = keys.subarray(start, Math.min(total, start + WINDOW_EVENTS));
    const records = writer.needsRecords
      ? await readWindow(window, data.index, data.sources)
      : undefined;
    if (hooks.stopped()) return { outcome: 'cancelled' };
    chunks.add(writer.write(window, records));
    const now = performance.now();
    if (now - lastReport >= PROGRESS_INTERVAL_MS) {
      lastReport = now;
      hooks.report({ done: start + window.length, total, bytes: chunks.bytes });
    }
    if (now - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  chunks.add(writer.end());
  const file = chunks.finish();
  await checkReadable(file);

  let redaction = writer.redaction();
  let listed: ManifestAnnotation[] | undefined;
  if (request.format === 'ndjson-bodies') {
    // The notes are free text: with redaction on, addresses in them are hidden too.
    const noteRedactor = createRedactor(request.redact.filter((c) => c === 'ips'));
    listed = [...annotated].map(([key, a]) => {
      const { note } = (
        noteRedactor.redact({ [ANNOTATION_KEY]: { note: a.note } }) as {
          [ANNOTATION_KEY]: { note: string };
        }
      )[ANNOTATION_KEY];
      return { eventId: data.eventId(key), starred: a.starred, note };
    });
    redaction = mergeRedaction(redaction, noteRedactor.manifest());
  }
  return {
    outcome: 'done',
    data: file,
    manifestJson: manifestJson({
      fileName: request.fileName,
      format: request.format,
      createdMs: Date.now(),
      spec: manifestSpec(data.spec, request),
      matching: total,
      exported: writer.written(),
      skipped: writer.skipped(),
      datasetEvents: data.index.count,
      sources: data.sources.map(({ path, fingerprint, sizeBytes, events }) => ({
        path,
        fingerprint,
        sizeBytes,
        events,
      })),
      categories: request.redact,
      redaction,
      annotated: annotated.size,
      annotations: listed,
    }),
    events: writer.written(),
    skipped: writer.skipped(),
    redacted: {
      envs: redaction.envs.count,
      args: redaction.args.count,
      users: redaction.users.count,
      ips: redaction.ips.count,
    },
    annotated: annotated.size,
  };
}

/** Export runs of one engine: a new run, or `cancel`, stops the one running. */
export class ExportRuns {
  private latest = 0;
  private running = 0;

  async start<T>(job: (stopped: () => boolean) => Promise<T>): Promise<T> {
    const run = ++this.latest;
    this.running++;
    try {
      return await job(() => run !== this.latest);
    } finally {
      this.running--;
    }
  }

  /** Stops the running export; false when none runs. */
  cancel(): boolean {
    this.latest++;
    return this.running > 0;
  }
}
