/**
 * The column index of all loaded events, owned by the worker.
 *
 * One row per event, appended in ingest order; the row's position is its stable `key`.
 * Numbers live in typed arrays, strings are dictionary-encoded (a code per row plus a
 * pool of distinct strings). The event itself is not kept: `source`, `offset`, `length`
 * and `item` say where its text lives so it can be re-read on demand. Envelope ids are
 * the only per-event strings kept (they are unique, so a dictionary would not help).
 */
import type { EventRow, Validity } from '../protocol/messages';
import { VALIDITY_CLASSES } from '../protocol/messages';
import { grownTo } from './growable';
import { StringPool } from './string-pool';

export class DictColumn {
  codes = new Uint32Array(INITIAL_CAPACITY);
  readonly pool = new StringPool();

  set(key: number, value: string | undefined): void {
    if (key >= this.codes.length) this.codes = grownTo(this.codes, key + 1);
    this.codes[key] = this.pool.encode(value);
  }

  get(key: number): string {
    return this.pool.decode(this.codes[key] as number);
  }

  get byteLength(): number {
    return this.codes.byteLength + this.pool.estimatedBytes;
  }
}

export interface EventLocation {
  readonly source: number;
  /** Byte offset of the record in the (decompressed) stream of its source. */
  readonly offset: number;
  readonly length: number;
  /** 0 when the record is the item; i + 1 for the i-th item of an array/response record. */
  readonly item: number;
  readonly line: number;
  /** 1-based ordinal of the item among the records of its source. */
  readonly ordinal: number;
}

export interface EventColumns {
  readonly timeMs: number;
  readonly type: string | undefined;
  readonly category: string | undefined;
  readonly outcome: string | undefined;
  readonly processName: string | undefined;
  readonly pid: number;
  readonly executable: string | undefined;
  readonly target: string | undefined;
  readonly user: string | undefined;
  readonly container: string | undefined;
  readonly host: string | undefined;
  readonly service: string | undefined;
  readonly validity: Validity;
  readonly envelopeId: string | undefined;
}

const INITIAL_CAPACITY = 1024;

/*
 * Numeric columns are plain typed-array fields, each read and written at its own site:
 * one generic column class would make every element access megamorphic (five array
 * kinds through one method), which costs about 100 ns per store on this path.
 */
export class EventIndex {
  count = 0;
  private capacity = INITIAL_CAPACITY;
  timeMs = new Float64Array(INITIAL_CAPACITY);
  readonly type = new DictColumn();
  readonly category = new DictColumn();
  readonly outcome = new DictColumn();
  readonly processName = new DictColumn();
  pid = new Int32Array(INITIAL_CAPACITY);
  readonly executable = new DictColumn();
  readonly target = new DictColumn();
  readonly user = new DictColumn();
  readonly container = new DictColumn();
  readonly host = new DictColumn();
  readonly service = new DictColumn();
  validity = new Uint8Array(INITIAL_CAPACITY);
  source = new Uint16Array(INITIAL_CAPACITY);
  offset = new Float64Array(INITIAL_CAPACITY);
  length = new Uint32Array(INITIAL_CAPACITY);
  item = new Uint32Array(INITIAL_CAPACITY);
  line = new Uint32Array(INITIAL_CAPACITY);
  ordinal = new Uint32Array(INITIAL_CAPACITY);
  private readonly envelopeIds: Array<string | undefined> = [];
  private envelopeIdBytes = 0;

  append(location: EventLocation, columns: EventColumns): number {
    const key = this.count++;
    if (key >= this.capacity) this.grow();
    this.timeMs[key] = columns.timeMs;
    this.type.set(key, columns.type);
    this.category.set(key, columns.category);
    this.outcome.set(key, columns.outcome);
    this.processName.set(key, columns.processName);
    this.pid[key] = columns.pid;
    this.executable.set(key, columns.executable);
    this.target.set(key, columns.target);
    this.user.set(key, columns.user);
    this.container.set(key, columns.container);
    this.host.set(key, columns.host);
    this.service.set(key, columns.service);
    this.validity[key] = VALIDITY_CLASSES.indexOf(columns.validity);
    this.source[key] = location.source;
    this.offset[key] = location.offset;
    this.length[key] = location.length;
    this.item[key] = location.item;
    this.line[key] = location.line;
    this.ordinal[key] = location.ordinal;
    this.envelopeIds.push(columns.envelopeId);
    if (columns.envelopeId !== undefined)
      this.envelopeIdBytes += columns.envelopeId.length * 2 + 24;
    return key;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.timeMs = grownTo(this.timeMs, capacity);
    this.pid = grownTo(this.pid, capacity);
    this.validity = grownTo(this.validity, capacity);
    this.source = grownTo(this.source, capacity);
    this.offset = grownTo(this.offset, capacity);
    this.length = grownTo(this.length, capacity);
    this.item = grownTo(this.item, capacity);
    this.line = grownTo(this.line, capacity);
    this.ordinal = grownTo(this.ordinal, capacity);
    this.capacity = capacity;
  }

  location(key: number): EventLocation {
    return {
      source: this.source[key] as number,
      offset: this.offset[key] as number,
      length: this.length[key] as number,
      item: this.item[key] as number,
      line: this.line[key] as number,
      ordinal: this.ordinal[key] as number,
    };
  }

  validityOf(key: number): Validity {
    return VALIDITY_CLASSES[this.validity[key] as number] ?? 'invalid';
  }

  /** The event id per DESIGN.md: the envelope id, else `<file fingerprint>:<ordinal>`. */
  eventId(key: number, fingerprintOf: (source: number) => string): string {
    return (
      this.envelopeIds[key] ??
      `${fingerprintOf(this.source[key] as number)}:${this.ordinal[key] as number}`
    );
  }

  row(
    key: number,
    rowIndex: number,
    eventId: string,
    sourceName: string,
    fields: Readonly<Record<string, string>> = {},
  ): EventRow {
    return {
      rowIndex,
      key,
      eventId,
      timeMs: this.timeMs[key] as number,
      type: this.type.get(key),
      category: this.category.get(key),
      outcome: this.outcome.get(key),
      processName: this.processName.get(key),
      pid: this.pid[key] as number,
      executable: this.executable.get(key),
      target: this.target.get(key),
      user: this.user.get(key),
      container: this.container.get(key),
      host: this.host.get(key),
      validity: this.validityOf(key),
      source: sourceName,
      fields,
    };
  }

  /** Approximate bytes held by the index (typed arrays at capacity, pools, ids). */
  get byteLength(): number {
    const dicts = [
      this.type,
      this.category,
      this.outcome,
      this.processName,
      this.executable,
      this.target,
      this.user,
      this.container,
      this.host,
      this.service,
    ];
    const numeric = [
      this.timeMs,
      this.pid,
      this.validity,
      this.source,
      this.offset,
      this.length,
      this.item,
      this.line,
      this.ordinal,
    ];
    return (
      dicts.reduce((n, d) => n + d.byteLength, 0) +
      numeric.reduce((n, c) => n + c.byteLength, 0) +
      this.envelopeIds.length * 8 +
      this.envelopeIdBytes
    );
  }

  /** Keys ordered by time (events without a time last), ties in ingest order. */
  timeOrder(): Uint32Array {
    const n = this.count;
    const times = this.timeMs.subarray(0, n);
    const keys = new Uint32Array(n);
    let sorted = true;
    for (let i = 0; i < n; i++) {
      keys[i] = i;
      if (i > 0 && !((times[i - 1] as number) <= (times[i] as number))) sorted = false;
    }
    if (sorted) return keys;
    const rank = (t: number) => (Number.isNaN(t) ? Number.POSITIVE_INFINITY : t);
    return keys.sort((a, b) => rank(times[a] as number) - rank(times[b] as number) || a - b);
  }
}
