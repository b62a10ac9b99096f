/**
 * Finds events by id (DESIGN.md, "Identity") without writing an id per event: an id
 * `<fingerprint>:<ordinal>` is found by binary search, since ingest order gives each source
 * one run of keys with rising ordinals; envelope ids by one pass over the envelope ids. A
 * candidate counts only when its own id is exactly the one asked for.
 */
import type { EventIndex } from '../index/event-index';
import { lowerBound } from '../lib/lower-bound';
import type { KeyFilter } from '../search/search-view';

export class EventIdLookup {
  constructor(
    private readonly index: EventIndex,
    /** The fingerprint of source `s` (undefined while it is still being read). */
    private readonly fingerprintOf: (source: number) => string | undefined,
    private readonly sourceCount: () => number,
    private readonly eventId: (key: number) => string,
  ) {}

  /** Keys of the events with these ids, ascending; ids of no event are skipped. */
  keysOf(ids: Iterable<string>): number[] {
    const keys = new Set<number>();
    const envelopeIds = new Set<string>();
    for (const id of ids) {
      const key = this.byOrdinal(id);
      if (key !== undefined) keys.add(key);
      else if (this.index.hasEnvelopeIds) envelopeIds.add(id);
    }
    if (envelopeIds.size > 0) {
      for (let key = 0; key < this.index.count; key++) {
        const id = this.index.envelopeId(key);
        if (id !== undefined && envelopeIds.has(id)) keys.add(key);
      }
    }
    return [...keys].sort((a, b) => a - b);
  }

  keyOf(id: string): number | undefined {
    return this.keysOf([id])[0];
  }

  private byOrdinal(id: string): number | undefined {
    const colon = id.lastIndexOf(':');
    if (colon <= 0 || !/^\d{1,10}$/.test(id.slice(colon + 1))) return undefined;
    const fingerprint = id.slice(0, colon);
    const ordinal = Number(id.slice(colon + 1));
    for (let s = 0; s < this.sourceCount(); s++) {
      if (this.fingerprintOf(s) !== fingerprint) continue;
      const key = this.findInSource(s, ordinal);
      if (key !== undefined && this.eventId(key) === id) return key;
    }
    return undefined;
  }

  /** The key of source `s`'s event with `ordinal`, by binary search over its run of keys. */
  private findInSource(s: number, ordinal: number): number | undefined {
    const { source, ordinal: ordinals, count } = this.index;
    // Source numbers are whole: the run of `s` ends where `s + 1` starts.
    const start = lowerBound(source, 0, count, s);
    const end = lowerBound(source, start, count, s + 1);
    const at = lowerBound(ordinals, start, end, ordinal);
    return at < end && ordinals[at] === ordinal ? at : undefined;
  }
}

/** A view restriction to the events with these ids (found again as the data set grows). */
export function idsFilter(lookup: EventIdLookup, ids: readonly string[]): KeyFilter {
  let found: { count: number; keys: number[] } | undefined;
  return {
    matches(count) {
      if (found?.count !== count) found = { count, keys: lookup.keysOf(ids) };
      const keep = new Uint8Array(count);
      for (const key of found.keys) if (key < count) keep[key] = 1;
      return keep;
    },
  };
}
