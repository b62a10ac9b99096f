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
import { SHIPPED_SCHEMAS } from '../generated/schema-catalog';
import type { IngestedEvent } from '../ingest/record-pipeline';
import { FieldColumns, type ShardFields } from './field-columns';
import { grownTo } from './growable';
import { StringPool } from './string-pool';
import { widened, type Codes } from './value-column';

/** A dictionary-encoded string column; codes one byte wide until the dictionary outgrows them. */
export class DictColumn {
  codes: Codes = new Uint8Array(INITIAL_CAPACITY);
  readonly pool = new StringPool();

  set(key: number, value: string | undefined): void {
    // Encode first: a new string may widen `codes`, and the write must go to the new array.
    this.setCode(key, this.pool.encode(value));
  }

  setCode(key: number, code: number): void {
    this.codes = widened(this.codes, code);
    if (key >= this.codes.length) this.codes = grownTo(this.codes, key + 1);
    this.codes[key] = code;
  }

  get(key: number): string {
    return this.pool.decode(this.codes[key] as number);
  }

  get byteLength(): number {
    return this.codes.byteLength + this.pool.estimatedBytes;
  }
}

/**
 * The rows of an index built over one shard of a file (keys from 0), as a parsing thread
 * sends them: typed arrays (transferred, not copied) and the dictionaries their codes use.
 * Lines and ordinals count from the shard's start; the index that appends it adds the rest.
 */
export interface ShardIndex {
  readonly count: number;
  readonly timeMs: Float64Array;
  readonly validity: Uint8Array;
  readonly schema: Uint8Array;
  readonly offset: Float64Array;
  readonly length: Uint32Array;
  readonly item: Uint32Array;
  readonly line: Uint32Array;
  readonly ordinal: Uint32Array;
  readonly target: { readonly codes: Codes; readonly strings: readonly string[] };
  readonly envelopeIds: readonly (string | undefined)[] | undefined;
  readonly fields: ShardFields;
}

/** The buffers of a shard index to transfer with it. */
export function shardBuffers(shard: ShardIndex): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [
    shard.timeMs,
    shard.validity,
    shard.schema,
    shard.offset,
    shard.length,
    shard.item,
    shard.line,
    shard.ordinal,
    shard.target.codes,
  ];
  for (const rows of shard.fields.rows.values()) {
    if (rows.dense !== undefined) arrays.push(rows.dense);
    if (rows.sparse !== undefined) arrays.push(rows.sparse.keys, rows.sparse.codes);
  }
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
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

const INITIAL_CAPACITY = 1024;

/** The shipped schemas' ids, in the order of the `schema` column's codes. */
export const SCHEMA_IDS: readonly string[] = SHIPPED_SCHEMAS.map((s) => s.id);

/** Field columns that are also table columns. */
export const TYPE = '@evt.name';
export const CATEGORY = '@evt.category';
export const OUTCOME = '@evt.outcome';
export const EXECUTABLE = '@process.executable.path';
export const HOST = 'host';
export const PID = '@process.pid';
export const COMM = '@process.comm';
export const USER = '@process.user';
export const CONTAINER = '@container.id';

/*
 * Numeric columns are plain typed-array fields, each read and written at its own site:
 * one generic column class would make every element access megamorphic (five array
 * kinds through one method), which costs about 100 ns per store on this path.
 */
export class EventIndex {
  count = 0;
  private capacity = INITIAL_CAPACITY;
  timeMs = new Float64Array(INITIAL_CAPACITY);
  /**
   * Field values (`@evt.name`, `host`, …): also what the type, outcome, process, executable,
   * user, container and host columns show, so a cell, its sort and its filter are one field.
   */
  readonly fields = new FieldColumns();
  /** What the event acts on (derived per event type): the one table column with no field. */
  readonly target = new DictColumn();
  validity = new Uint8Array(INITIAL_CAPACITY);
  /** Position in `SCHEMA_IDS` of the schema each event was validated against. */
  schema = new Uint8Array(INITIAL_CAPACITY);
  source = new Uint16Array(INITIAL_CAPACITY);
  offset = new Float64Array(INITIAL_CAPACITY);
  length = new Uint32Array(INITIAL_CAPACITY);
  item = new Uint32Array(INITIAL_CAPACITY);
  line = new Uint32Array(INITIAL_CAPACITY);
  ordinal = new Uint32Array(INITIAL_CAPACITY);
  /** Envelope ids by key; not allocated until a file has one (bare bodies have none). */
  private envelopeIds: Array<string | undefined> | undefined;
  private envelopeIdBytes = 0;

  /**
   * Adds an event's row. The count grows last: when memory runs out part-way (a typed array
   * that cannot be allocated), the index keeps the rows it had, all whole.
   */
  append(source: number, event: IngestedEvent): number {
    const key = this.count;
    if (key >= this.capacity) this.grow();
    const columns = event.fields;
    this.timeMs[key] = columns.timeMs;
    this.target.set(key, columns.target);
    this.validity[key] = VALIDITY_CLASSES.indexOf(event.validity);
    this.schema[key] = SCHEMA_IDS.indexOf(event.schema);
    this.source[key] = source;
    this.offset[key] = event.offset;
    this.length[key] = event.length;
    this.item[key] = event.item;
    this.line[key] = event.line;
    this.ordinal[key] = event.ordinal;
    if (event.envelopeId !== undefined) {
      this.envelopeIds ??= [];
      this.envelopeIds[key] = event.envelopeId;
      this.envelopeIdBytes += event.envelopeId.length * 2 + 24;
    } else if (this.envelopeIds !== undefined) {
      this.envelopeIds[key] = undefined;
    }
    this.fields.fill(key, event.body, event.envelope);
    this.count = key + 1;
    return key;
  }

  /** Its rows as a shard for another index to append (this index is dropped after). */
  exportShard(): ShardIndex {
    const n = this.count;
    return {
      count: n,
      timeMs: this.timeMs.slice(0, n),
      validity: this.validity.slice(0, n),
      schema: this.schema.slice(0, n),
      offset: this.offset.slice(0, n),
      length: this.length.slice(0, n),
      item: this.item.slice(0, n),
      line: this.line.slice(0, n),
      ordinal: this.ordinal.slice(0, n),
      target: { codes: this.target.codes.slice(0, n), strings: this.target.pool.strings },
      envelopeIds: this.envelopeIds?.slice(0, n),
      fields: this.fields.exportShard(n),
    };
  }

  /**
   * Appends the first `take` rows of a shard of source `source` whose lines and records
   * follow `lineBase` lines and `ordinalBase` records of the file. Returns the names of
   * field columns the shard lacked (see `FieldColumns.appendShard`).
   */
  appendShard(
    shard: ShardIndex,
    source: number,
    lineBase: number,
    ordinalBase: number,
    take = shard.count,
  ): string[] {
    const base = this.count;
    const n = Math.min(take, shard.count);
    while (this.capacity < base + n) this.grow();
    this.timeMs.set(shard.timeMs.subarray(0, n), base);
    this.validity.set(shard.validity.subarray(0, n), base);
    this.schema.set(shard.schema.subarray(0, n), base);
    this.source.fill(source, base, base + n);
    this.offset.set(shard.offset.subarray(0, n), base);
    this.length.set(shard.length.subarray(0, n), base);
    this.item.set(shard.item.subarray(0, n), base);
    for (let k = 0; k < n; k++) {
      this.line[base + k] = (shard.line[k] as number) + lineBase;
      this.ordinal[base + k] = (shard.ordinal[k] as number) + ordinalBase;
    }
    const targets = shard.target.strings.map((text) => this.target.pool.encode(text));
    for (let k = 0; k < n; k++) {
      this.target.setCode(base + k, targets[shard.target.codes[k] as number] as number);
    }
    const ids = shard.envelopeIds;
    if (ids !== undefined) {
      this.envelopeIds ??= [];
      for (let k = 0; k < n; k++) {
        const id = ids[k];
        this.envelopeIds[base + k] = id;
        if (id !== undefined) this.envelopeIdBytes += id.length * 2 + 24;
      }
    } else if (this.envelopeIds !== undefined) {
      this.envelopeIds.length = base + n;
    }
    const missing = this.fields.appendShard(base, n, shard.fields);
    this.count = base + n;
    return missing;
  }

  /** Doubles every column; all new arrays are allocated before any replaces the old one. */
  private grow(): void {
    const capacity = this.capacity * 2;
    const timeMs = grownTo(this.timeMs, capacity);
    const validity = grownTo(this.validity, capacity);
    const schema = grownTo(this.schema, capacity);
    const source = grownTo(this.source, capacity);
    const offset = grownTo(this.offset, capacity);
    const length = grownTo(this.length, capacity);
    const item = grownTo(this.item, capacity);
    const line = grownTo(this.line, capacity);
    const ordinal = grownTo(this.ordinal, capacity);
    this.timeMs = timeMs;
    this.validity = validity;
    this.schema = schema;
    this.source = source;
    this.offset = offset;
    this.length = length;
    this.item = item;
    this.line = line;
    this.ordinal = ordinal;
    this.capacity = capacity;
  }

  /** The event's `process.pid` when it is a whole non-negative number, else -1. */
  pidOf(key: number): number {
    const pid = this.fields.get(PID)?.value(key);
    return typeof pid === 'number' && Number.isInteger(pid) && pid >= 0 ? pid : -1;
  }

  /** Text of a field column's value at `key` (`''` when absent), as a table cell shows it. */
  fieldText(name: string, key: number): string {
    const value = this.fields.get(name)?.value(key);
    return typeof value === 'string' ? value : value === undefined ? '' : String(value);
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

  /** The envelope id of the event, when its input had one. */
  envelopeId(key: number): string | undefined {
    return this.envelopeIds?.[key];
  }

  /** True when some event has an envelope id. */
  get hasEnvelopeIds(): boolean {
    return this.envelopeIds !== undefined;
  }

  /** The event id per DESIGN.md: the envelope id, else `<file fingerprint>:<ordinal>`. */
  eventId(key: number, fingerprintOf: (source: number) => string): string {
    return (
      this.envelopeIds?.[key] ??
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
      type: this.fieldText(TYPE, key),
      category: this.fieldText(CATEGORY, key),
      outcome: this.fieldText(OUTCOME, key),
      processName: this.fieldText(COMM, key),
      pid: this.pidOf(key),
      executable: this.fieldText(EXECUTABLE, key),
      target: this.target.get(key),
      user: this.fieldText(USER, key),
      container: this.fieldText(CONTAINER, key),
      host: this.fieldText(HOST, key),
      validity: this.validityOf(key),
      source: sourceName,
      fields,
    };
  }

  /** Approximate bytes held by the index (typed arrays at capacity, pools, ids). */
  get byteLength(): number {
    const dicts = [this.target];
    const numeric = [
      this.timeMs,
      this.validity,
      this.schema,
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
      (this.envelopeIds?.length ?? 0) * 8 +
      this.envelopeIdBytes +
      this.fields.byteLength
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
