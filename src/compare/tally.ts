/**
 * Counting values with their first and last time: per dictionary code in typed arrays (a
 * column's values are counted once per code, not per event), per pair of codes in a map, and
 * per value text once codes have been turned into the text the comparison shows (several
 * codes can give one masked text: their counts add up).
 */

/** How often a value occurs and when first and last (epoch ms; ±Infinity: never timed). */
export interface Seen {
  count: number;
  firstMs: number;
  lastMs: number;
}

/** Builds a value's query text, only for the values the comparison lists. */
export type QueryOf = () => string;

/** A value's counts and the query that finds its events. */
export interface Tallied extends Seen {
  query: QueryOf;
  /** The fields the value was read from (a destination: network context, connect, bind). */
  sources: string[];
}

/** Tallies of one kind, by value text. */
export type KindTally = Map<string, Tallied>;

export function unseen(): Seen {
  return { count: 0, firstMs: Infinity, lastMs: -Infinity };
}

/** Adds one event at `timeMs` (NaN: an event without a time counts, but dates nothing). */
export function see(seen: Seen, timeMs: number): void {
  seen.count++;
  if (timeMs < seen.firstMs) seen.firstMs = timeMs;
  if (timeMs > seen.lastMs) seen.lastMs = timeMs;
}

/**
 * Adds `seen` to the value `text` of `tally`; `query` is built only if the value is listed. A
 * value read from another `source` too (a destination seen both on connects and in network
 * contexts) is found by either query.
 */
export function addSeen(
  tally: KindTally,
  text: string,
  seen: Seen,
  query: QueryOf,
  source = '',
): void {
  const known = tally.get(text);
  if (known === undefined) {
    tally.set(text, { ...seen, query, sources: [source] });
    return;
  }
  known.count += seen.count;
  known.firstMs = Math.min(known.firstMs, seen.firstMs);
  known.lastMs = Math.max(known.lastMs, seen.lastMs);
  if (!known.sources.includes(source)) {
    known.sources.push(source);
    const before = known.query;
    const isFirstOr = known.sources.length === 2;
    known.query = () => `${isFirstOr ? `(${before()})` : before()} OR (${query()})`;
  }
}

/** Counts per dictionary code. */
export class CodeCounts {
  readonly count: Uint32Array;
  private readonly first: Float64Array;
  private readonly last: Float64Array;

  constructor(size: number) {
    this.count = new Uint32Array(size);
    this.first = new Float64Array(size).fill(Infinity);
    this.last = new Float64Array(size).fill(-Infinity);
  }

  add(code: number, timeMs: number): void {
    this.count[code] = (this.count[code] as number) + 1;
    if (timeMs < (this.first[code] as number)) this.first[code] = timeMs;
    if (timeMs > (this.last[code] as number)) this.last[code] = timeMs;
  }

  /** Calls `visit` for every code counted at least once (code 0, "absent", never). */
  forEach(visit: (code: number, seen: Seen) => void): void {
    for (let code = 1; code < this.count.length; code++) {
      const count = this.count[code] as number;
      if (count === 0) continue;
      visit(code, {
        count,
        firstMs: this.first[code] as number,
        lastMs: this.last[code] as number,
      });
    }
  }
}

/** Counts per key (pairs of codes made into one number, or texts). */
export class KeyCounts<K> {
  private readonly seen = new Map<K, Seen>();

  add(key: K, timeMs: number): void {
    let seen = this.seen.get(key);
    if (seen === undefined) this.seen.set(key, (seen = unseen()));
    see(seen, timeMs);
  }

  forEach(visit: (key: K, seen: Seen) => void): void {
    for (const [key, seen] of this.seen) visit(key, seen);
  }
}
