/**
 * Will these files fit in this tab? A rough estimate made before anything is read, so that a
 * load that would exhaust the tab's memory is refused up front instead of crashing it (in
 * Chromium a worker that runs out of heap takes the whole tab down, past any error handler).
 *
 * The estimate: events ≈ text bytes ÷ bytes of text per event (gzip input counted at its
 * typical expansion), memory ≈ events × memory per event while loading, compared with the
 * share of the tab's memory limit a load may use. Parsing runs in a pool of workers, each
 * with a heap of its own holding one shard at a time, and the index is typed arrays outside
 * any JavaScript heap: what bounds a load is the memory of the device, not one heap. The figures err towards more events and
 * more memory: refusing a load that would have fit costs one click ("Open anyway"), a crash
 * costs the analyst's session.
 */

const GIB = 1024 ** 3;

/**
 * Bytes of text per event assumed. Exported CWS events run from about 1.5 KB (a short exec)
 * to 5 KB (long command lines, environment, ancestors) as NDJSON; the benchmark's average is
 * 3.5 KB. Taking a small one errs towards more events.
 */
export const TEXT_BYTES_PER_EVENT = 2_000;
/** gzip expansion of CWS JSON: 10–20× is typical (the benchmark's: 12×); the high end errs safe. */
export const GZIP_EXPANSION = 16;
/**
 * Peak memory of the tab per event while loading (page and workers): the index (about 125
 * B/event), the process forest and dictionaries, and the shards in flight; see README,
 * "Performance", for the figures this is taken from (with a margin).
 */
export const MEMORY_BYTES_PER_EVENT = 600;
/** The limit assumed where the browser tells nothing (V8's usual heap limit). */
export const DEFAULT_LIMIT_BYTES = 4 * GIB;
/** Share of the limit a load may take: the page, the garbage collector and queries need the rest. */
export const USABLE_SHARE = 0.75;

export interface FileSize {
  readonly sizeBytes: number;
  /** gzip (by its magic bytes): the text is larger than the file. */
  readonly isGzip: boolean;
}

export interface LoadEstimate {
  readonly events: number;
  readonly memoryBytes: number;
  /** Memory already held by a data set that stays open beside the load (the other of a comparison). */
  readonly heldBytes: number;
  /** The tab's memory limit (see `tabMemoryLimit`). */
  readonly limitBytes: number;
  /** What a load may use of it. */
  readonly budgetBytes: number;
  readonly fits: boolean;
}

/**
 * `heldBytes`: what a data set that stays open holds (the baseline while other files are opened,
 * the open data set while a baseline is), counted against the same budget.
 */
export function estimateLoad(
  files: readonly FileSize[],
  limitBytes: number,
  heldBytes = 0,
): LoadEstimate {
  const textBytes = files.reduce(
    (sum, f) => sum + f.sizeBytes * (f.isGzip ? GZIP_EXPANSION : 1),
    0,
  );
  const events = Math.ceil(textBytes / TEXT_BYTES_PER_EVENT);
  const memoryBytes = events * MEMORY_BYTES_PER_EVENT;
  const budgetBytes = Math.floor(limitBytes * USABLE_SHARE);
  return {
    events,
    memoryBytes,
    heldBytes,
    limitBytes,
    budgetBytes,
    fits: memoryBytes + heldBytes <= budgetBytes,
  };
}

/** What the browser says about memory: `performance.memory` (Chromium) and `navigator.deviceMemory`. */
export interface MemoryHints {
  readonly jsHeapSizeLimit?: number | undefined;
  /** The device's RAM in GiB, rounded down and capped (at 8 in Chromium). */
  readonly deviceMemoryGiB?: number | undefined;
}

/**
 * The most memory this tab can hold: the device's memory where the browser tells it (capped
 * at 8 GiB by Chromium, so it errs low on larger machines), else the heap limit, else 4 GiB.
 */
export function tabMemoryLimit(hints: MemoryHints): number {
  if (hints.deviceMemoryGiB !== undefined && hints.deviceMemoryGiB > 0) {
    return hints.deviceMemoryGiB * GIB;
  }
  return hints.jsHeapSizeLimit !== undefined && hints.jsHeapSizeLimit > 0
    ? hints.jsHeapSizeLimit
    : DEFAULT_LIMIT_BYTES;
}

/** The hints of this browser. */
export function browserMemoryHints(): MemoryHints {
  const memory = (performance as { memory?: { jsHeapSizeLimit?: number } }).memory;
  const device = (navigator as { deviceMemory?: number }).deviceMemory;
  return { jsHeapSizeLimit: memory?.jsHeapSizeLimit, deviceMemoryGiB: device };
}

/** The estimate for opening `files` in this tab beside `heldBytes` already held. */
export async function estimateOpen(
  files: readonly { readonly file: Blob }[],
  heldBytes: number,
): Promise<LoadEstimate> {
  const sizes = await Promise.all(files.map(({ file }) => describeFile(file)));
  return estimateLoad(sizes, tabMemoryLimit(browserMemoryHints()), heldBytes);
}

/** gzip by its magic bytes `1f 8b` (never by the file name). */
export async function describeFile(file: Blob): Promise<FileSize> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return { sizeBytes: file.size, isGzip: head[0] === 0x1f && head[1] === 0x8b };
}
