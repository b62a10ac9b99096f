/**
 * Wire types of the comparison of the open data set (the incident) with a baseline: the kinds
 * of values compared, one compared value, and the whole answer. The values are counted in the
 * worker; only the listed items cross, the export text is built there too.
 */

/** What is compared, in the order the comparison lists them (DESIGN.md, `compare-item`). */
export const COMPARE_KINDS = [
  'executable',
  'exec-edge',
  'cmdline',
  'dns',
  'destination',
  'file-change',
  'user',
  'container',
  'rule',
] as const;
export type CompareKind = (typeof COMPARE_KINDS)[number];

/**
 * `new`: never in the baseline; `rare`: in both, much more frequent in the incident (per event
 * loaded); `gone`: in the baseline, never in the incident.
 */
export const COMPARE_STATUSES = ['new', 'rare', 'gone'] as const;
export type CompareStatus = (typeof COMPARE_STATUSES)[number];

export interface CompareItem {
  readonly kind: CompareKind;
  /** The value, masked or folded where it varies from run to run (an exec edge: `a -> b`). */
  readonly value: string;
  readonly status: CompareStatus;
  /** Events with the value in the incident, and in the baseline. */
  readonly incident: number;
  readonly baseline: number;
  /** Incident share ÷ baseline share of events (rare items; 0 otherwise). */
  readonly factor: number;
  /** First and last time seen in the incident (in the baseline for a gone item); NaN: no time. */
  readonly firstMs: number;
  readonly lastMs: number;
  /** The query finding the value's events in the incident (a gone item's in the baseline). */
  readonly query: string;
}

export interface CompareKindTotals {
  readonly kind: CompareKind;
  readonly new: number;
  readonly rare: number;
  readonly gone: number;
}

export interface CompareResult {
  /** The data sets compared (`IngestProgress.datasetId` of each). */
  readonly incidentId: number;
  readonly baselineId: number;
  readonly incidentEvents: number;
  readonly baselineEvents: number;
  /** New, then rare, then gone; at most `MAX_COMPARE_ITEMS` (the export holds them all). */
  readonly items: readonly CompareItem[];
  /** How many items there are in all, per kind. */
  readonly totals: readonly CompareKindTotals[];
  readonly elapsedMs: number;
}

/** Items a comparison answer lists; the export has every one. */
export const MAX_COMPARE_ITEMS = 2_000;

export type CompareExportFormat = 'csv' | 'json';
