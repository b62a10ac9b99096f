/**
 * One export of the view in force, whichever engine holds the events: its events in view
 * order, window by window (`ExportInput.windows`), written as NDJSON of the original bodies,
 * NDJSON of the records (envelope and body), or CSV of the visible columns, with optional
 * redaction. Output goes into chunk Blobs as it is written (`BlobChunks`), so neither the
 * events nor the file are ever held as one string. Progress is reported at most every 100 ms;
 * the job yields between slices of work, so the page's other requests are answered meanwhile,
 * and stops (answering `cancelled`) when `stopped()`.
 *
 * Stars and notes: a top-level `explorer` member of an annotated record (envelopes format),
 * `starred` and `note` columns when an exported event is annotated (CSV), the manifest only
 * for the bodies format, whose lines must stay the input's bodies.
 */
import type {
  EventRow,
  ExportAnnotation,
  ExportProgress,
  ExportRequest,
  ExportResult,
  ViewSpec,
} from '../protocol/messages';
import { formatBytes } from '../lib/format';
import { yieldToEventLoop } from '../lib/yield-to-event-loop';
import { BlobChunks } from './blob-chunks';
import { createCsvWriter } from './csv-writer';
import { columnKeys, createCellRedactor, csvCells } from './export-csv';
import type { ManifestAnnotation, ManifestSource } from './export-manifest';
import { manifestJson, mergeRedaction } from './export-manifest';
import { withTopLevelKey } from './export-record';
import { replaceIpAddresses } from './ip-addresses';
import { createNdjsonWriter, type ExportRecord } from './ndjson-writer';
import { createRedactor, type RedactionManifest } from './redact';
import { REDACTED } from './redaction-rules';

const PROGRESS_INTERVAL_MS = 100;
const SLICE_MS = 25;
/** The member an annotated record carries its star and note in (envelopes format). */
export const ANNOTATION_KEY = 'explorer';

/** A run of the view's events, in view order. */
export interface ExportWindow {
  readonly ids: readonly string[];
  /** NDJSON: the i-th event's whole item or body; undefined when it cannot be read back. */
  text(i: number, part: 'item' | 'body'): string | undefined;
  /** CSV: the i-th event's row, and the text of a field column (`@file.mode`) as shown. */
  row(i: number): EventRow;
  fieldText(i: number, field: string): string;
}

/** What the job reads of the open data set. */
export interface ExportInput {
  /** Events in the view. */
  readonly total: number;
  readonly spec: ViewSpec;
  /** Events loaded (the manifest's `loaded`). */
  readonly datasetEvents: number;
  readonly sources: readonly ManifestSource[];
  /** How many of the view's events have one of `ids` (an id twice in the view counts twice). */
  countIn(ids: readonly string[]): Promise<number>;
  /** The view's events in windows; `records`: windows answer `text`, else `row`. */
  windows(records: boolean): AsyncIterable<ExportWindow>;
}

export interface ExportHooks {
  report(progress: ExportProgress): void;
  stopped(): boolean;
}

/** A format: the text of a window of events. */
interface FormatWriter {
  readonly type: string;
  readonly needsRecords: boolean;
  write(window: ExportWindow): string;
  end(): string;
  written(): number;
  skipped(): number;
  redaction(): RedactionManifest;
}

/** The star and note of an event, rebuilt: only these two members go into the export. */
type AnnotationOf = (id: string) => ExportAnnotation | undefined;

function annotationLookup(request: ExportRequest): AnnotationOf {
  const { annotations } = request;
  return (id) => {
    const annotation = Object.hasOwn(annotations, id) ? annotations[id] : undefined;
    return annotation === undefined
      ? undefined
      : { starred: annotation.starred === true, note: String(annotation.note) };
  };
}

function ndjsonWriter(request: ExportRequest, annotationOf: AnnotationOf): FormatWriter {
  const writer = createNdjsonWriter({ redact: request.redact });
  const bodies = request.format === 'ndjson-bodies';
  const part = bodies ? 'body' : 'item';
  let unreadable = 0;
  return {
    type: 'application/x-ndjson',
    needsRecords: true,
    write(window) {
      const batch: ExportRecord[] = [];
      for (let i = 0; i < window.ids.length; i++) {
        const text = window.text(i, part);
        if (text === undefined) {
          unreadable++;
          continue;
        }
        const annotation = bodies ? undefined : annotationOf(window.ids[i] as string);
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
    write(window) {
      const rows: string[][] = [];
      for (let i = 0; i < window.ids.length; i++) {
        const cells = csvCells(columns, window.row(i), (field) => window.fieldText(i, field));
        if (hasAnnotations) {
          const annotation = annotationOf(window.ids[i] as string);
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

/** The stars and notes of the exported events as the bodies format's manifest lists them. */
function listedAnnotations(
  ids: readonly string[],
  annotationOf: AnnotationOf,
  request: ExportRequest,
): { listed: ManifestAnnotation[]; redaction: RedactionManifest } {
  // The notes are free text: with redaction on, addresses in them are hidden too.
  const noteRedactor = createRedactor(request.redact.filter((c) => c === 'ips'));
  const listed = ids.map((eventId) => {
    const a = annotationOf(eventId) as ExportAnnotation;
    const { note } = (
      noteRedactor.redact({ [ANNOTATION_KEY]: { note: a.note } }) as {
        [ANNOTATION_KEY]: { note: string };
      }
    )[ANNOTATION_KEY];
    return { eventId, starred: a.starred, note };
  });
  return { listed, redaction: noteRedactor.manifest() };
}

export async function runExportJob(
  input: ExportInput,
  request: ExportRequest,
  hooks: ExportHooks,
): Promise<ExportResult> {
  const { total } = input;
  const annotationOf = annotationLookup(request);
  const annotatedIds = Object.keys(request.annotations);
  const annotated = annotatedIds.length === 0 ? 0 : await input.countIn(annotatedIds);
  const writer =
    request.format === 'csv'
      ? csvWriter(request, annotationOf, annotated > 0)
      : ndjsonWriter(request, annotationOf);
  const chunks = new BlobChunks(writer.type);
  const annotatedInView: string[] = [];
  let done = 0;
  let lastReport = performance.now();
  let sliceStart = lastReport;
  hooks.report({ done: 0, total, bytes: 0 });
  if (hooks.stopped()) return { outcome: 'cancelled' };
  for await (const window of input.windows(writer.needsRecords)) {
    if (hooks.stopped()) return { outcome: 'cancelled' };
    chunks.add(writer.write(window));
    if (annotated > 0) annotatedInView.push(...window.ids.filter((id) => annotationOf(id)));
    done += window.ids.length;
    const now = performance.now();
    if (now - lastReport >= PROGRESS_INTERVAL_MS) {
      lastReport = now;
      hooks.report({ done, total, bytes: chunks.bytes });
    }
    if (now - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    if (hooks.stopped()) return { outcome: 'cancelled' };
  }
  chunks.add(writer.end());
  const file = chunks.finish();
  await checkReadable(file);

  let redaction = writer.redaction();
  let listed: ManifestAnnotation[] | undefined;
  if (request.format === 'ndjson-bodies') {
    const notes = listedAnnotations(annotatedInView, annotationOf, request);
    listed = notes.listed;
    redaction = mergeRedaction(redaction, notes.redaction);
  }
  return {
    outcome: 'done',
    data: file,
    manifestJson: manifestJson({
      fileName: request.fileName,
      format: request.format,
      createdMs: Date.now(),
      spec: manifestSpec(input.spec, request),
      matching: total,
      exported: writer.written(),
      skipped: writer.skipped(),
      datasetEvents: input.datasetEvents,
      sources: input.sources,
      categories: request.redact,
      redaction,
      annotated,
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
    annotated,
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
