/**
 * The file saved views and annotations travel in between browsers: a small JSON object
 * `{format, version, exportedAt, views, annotations}`. Import validates every entry on its
 * own (bad ones are counted and dropped), renames views whose name is taken by a different
 * view and keeps the newer annotation of an event annotated on both sides.
 */
import type { Annotation } from './annotations';
import {
  listAnnotations,
  mergeAnnotations,
  parseAnnotations,
  storeAnnotations,
} from './annotations';
import type { KeyValueStorage } from './local-store';
import { isRecord } from './local-store';
import type { SavedView } from './saved-views';
import { listSavedViews, mergeSavedViews, parseSavedViews, storeSavedViews } from './saved-views';

export const SHARE_FILE_FORMAT = 'cws-event-explorer.saved';
export const SHARE_FILE_VERSION = 1;
/** Larger files are refused before parsing. */
export const MAX_SHARE_FILE_LENGTH = 20_000_000;

export interface ShareFileParts {
  readonly views?: boolean;
  readonly annotations?: boolean;
}

/** The export file's text (pretty-printed JSON) with the chosen parts (both by default). */
export function exportShareFile(
  storage: KeyValueStorage,
  nowMs: number,
  parts: ShareFileParts = {},
): string {
  const views: readonly SavedView[] = parts.views === false ? [] : listSavedViews(storage);
  const annotations: readonly Annotation[] =
    parts.annotations === false ? [] : listAnnotations(storage);
  const file = {
    format: SHARE_FILE_FORMAT,
    version: SHARE_FILE_VERSION,
    exportedAt: new Date(nowMs).toISOString(),
    views,
    annotations,
  };
  return `${JSON.stringify(file, undefined, 2)}\n`;
}

export interface ImportReport {
  /** False when the file was not read at all, or storage refused the result. */
  readonly ok: boolean;
  /** Why `ok` is false. */
  readonly error?: string;
  readonly views: {
    readonly added: number;
    readonly renamed: ReadonlyArray<{ readonly from: string; readonly to: string }>;
    readonly unchanged: number;
    readonly dropped: number;
  };
  readonly annotations: {
    readonly added: number;
    readonly updated: number;
    readonly unchanged: number;
    readonly dropped: number;
  };
}

const NOTHING: ImportReport = {
  ok: false,
  views: { added: 0, renamed: [], unchanged: 0, dropped: 0 },
  annotations: { added: 0, updated: 0, unchanged: 0, dropped: 0 },
};

function failed(error: string): ImportReport {
  return { ...NOTHING, error };
}

/** Reads an export file into storage. Never throws. */
export function importShareFile(
  storage: KeyValueStorage,
  text: string,
  nowMs: number,
): ImportReport {
  if (text.length > MAX_SHARE_FILE_LENGTH) return failed('the file is too large');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return failed('the file is not JSON');
  }
  if (!isRecord(file) || file.format !== SHARE_FILE_FORMAT) {
    return failed('the file is not a saved views and annotations export');
  }
  if (typeof file.version !== 'number' || file.version > SHARE_FILE_VERSION) {
    return failed('the file comes from a newer version of the explorer');
  }
  const views = parseSavedViews(file.views ?? [], nowMs);
  const notes = parseAnnotations(file.annotations ?? [], nowMs);
  const viewMerge = mergeSavedViews(listSavedViews(storage), views.views);
  const noteMerge = mergeAnnotations(listAnnotations(storage), notes.annotations);
  const report: ImportReport = {
    ok: true,
    views: {
      added: viewMerge.added,
      renamed: viewMerge.renamed,
      unchanged: viewMerge.unchanged,
      dropped: views.dropped,
    },
    annotations: {
      added: noteMerge.added,
      updated: noteMerge.updated,
      unchanged: noteMerge.unchanged,
      dropped: notes.dropped,
    },
  };
  if (viewMerge.added > 0) {
    const written = storeSavedViews(storage, viewMerge.views);
    if (!written.ok) return { ...report, ok: false, error: `views not saved: ${written.reason}` };
  }
  if (noteMerge.added + noteMerge.updated > 0) {
    const written = storeAnnotations(storage, noteMerge.annotations);
    if (!written.ok) {
      return { ...report, ok: false, error: `annotations not saved: ${written.reason}` };
    }
  }
  return report;
}
