/**
 * Wire types of exports: the request (format, columns, redaction, annotations), progress and
 * the result.
 */

/** Formats of `export.run`: the original bodies, the records with their envelopes, or CSV. */
export type ExportFormat = 'ndjson-bodies' | 'ndjson-envelopes' | 'csv';

/** What an export can redact: environment values, arguments, user names, IP addresses. */
export type ExportRedaction = 'envs' | 'args' | 'users' | 'ips';

/** A CSV column: a `TABLE_COLUMNS` id or a field in query syntax, and its header text. */
export interface ExportColumn {
  readonly id: string;
  readonly header: string;
}

/** The star and note of one event (`share/annotations.ts`), as an export carries them. */
export interface ExportAnnotation {
  readonly starred: boolean;
  readonly note: string;
}

export interface ExportRequest {
  readonly format: ExportFormat;
  readonly redact: readonly ExportRedaction[];
  /** CSV: the visible columns in display order (ignored by the NDJSON formats). */
  readonly columns: readonly ExportColumn[];
  /** Stars and notes by event id, annotated events only; those of exported events are kept. */
  readonly annotations: Readonly<Record<string, ExportAnnotation>>;
  /** Names the file in the manifest. */
  readonly fileName: string;
}

/** Pushed at most every 100 ms while an export runs. */
export interface ExportProgress {
  readonly done: number;
  readonly total: number;
  /** Bytes of output so far. */
  readonly bytes: number;
}

export type ExportResult =
  | {
      readonly outcome: 'done';
      /** The exported file (built from chunks in the worker; a Blob crosses by reference). */
      readonly data: Blob;
      /** The manifest (JSON text): view, counts, files, redaction summary, annotations. */
      readonly manifestJson: string;
      readonly events: number;
      /** Events left out: a record that could not be read back, or redacted, as JSON. */
      readonly skipped: number;
      /** Values redacted per category. */
      readonly redacted: Readonly<Record<ExportRedaction, number>>;
      readonly annotated: number;
    }
  | { readonly outcome: 'cancelled' };
