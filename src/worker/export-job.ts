/**
 * The tab's export of the view in force (`export/export-run.ts` writes it): the view's keys
 * in windows of 1,024, each window's records read back from the files (`export-reader.ts`)
 * for the NDJSON formats, or its rows and field texts from the index for CSV.
 */
import type { EventIndex } from '../index/event-index';
import type { EventRow, ExportRequest, ExportResult, ViewSpec } from '../protocol/messages';
import type { ManifestSource } from '../export/export-manifest';
import { eventText } from '../export/export-record';
import {
  runExportJob,
  type ExportHooks,
  type ExportInput,
  type ExportWindow,
} from '../export/export-run';
import { readWindow } from './export-reader';
import type { RawSource } from './raw-scan';

const WINDOW_EVENTS = 1024;

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

async function* windows(data: ExportData, records: boolean): AsyncGenerator<ExportWindow> {
  const { keys, index } = data;
  for (let start = 0; start < keys.length; start += WINDOW_EVENTS) {
    const window = keys.subarray(start, Math.min(keys.length, start + WINDOW_EVENTS));
    const read = records ? await readWindow(window, index, data.sources) : [];
    const keyAt = (i: number): number => window[i] as number;
    yield {
      ids: Array.from(window, (key) => data.eventId(key)),
      text(i, part) {
        const record = read[i];
        return record === undefined
          ? undefined
          : eventText(record.text, record.items, index.item[keyAt(i)] as number, part);
      },
      row: (i) => data.row(keyAt(i)),
      fieldText: (i, field) => data.fieldText(field, keyAt(i)),
    };
  }
}

export function runExport(
  data: ExportData,
  request: ExportRequest,
  hooks: ExportHooks,
): Promise<ExportResult> {
  const input: ExportInput = {
    total: data.keys.length,
    spec: data.spec,
    datasetEvents: data.index.count,
    sources: data.sources.map(({ path, fingerprint, sizeBytes, events }) => ({
      path,
      fingerprint,
      sizeBytes,
      events,
    })),
    countIn(ids) {
      const wanted = new Set(ids);
      let count = 0;
      for (const key of data.keys) if (wanted.has(data.eventId(key))) count++;
      return Promise.resolve(count);
    },
    windows: (records) => windows(data, records),
  };
  return runExportJob(input, request, hooks);
}
