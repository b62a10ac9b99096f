/**
 * The index's field columns, by field name in query syntax: body attributes (`@evt.name`),
 * envelope fields (`host`, `service`, `source`, `status`) and the envelope's tags (`tags`,
 * the whole list per event). The fields of `INDEXED_BODY_PATHS` are read at load time, all
 * in one walk of the body (`PathTrie`); others are added later (`addBodyPath`) and filled by a
 * pass over the raw events, and from then on at load time too.
 */
import type { Envelope } from '../ingest/parse/envelope';
import { ENVELOPE_FIELDS, INDEXED_BODY_PATHS } from '../query/indexed-fields';
import { PathTrie } from './path-trie';
import { compilePathReader } from './path-value';
import { ValueColumn, type ColumnRows, type ColumnValue } from './value-column';

/** The field columns of a shard's rows, by name (only columns holding some value have rows). */
export interface ShardFields {
  readonly names: readonly string[];
  readonly rows: ReadonlyMap<string, ColumnRows>;
}

type Extract = (body: Record<string, unknown>, envelope: Envelope | undefined) => ColumnValue;

/** Name of the column holding each event's envelope tags (a list). */
export const TAGS_COLUMN = 'tags';

const INITIAL_ROWS = 1024;

const DEFAULT_BODY_NAMES = new Set(INDEXED_BODY_PATHS.map((path) => `@${path}`));

function envelopeExtract(name: string): Extract {
  if (name === TAGS_COLUMN) {
    return (_body, envelope) =>
      envelope === undefined || envelope.tags.length === 0 ? undefined : envelope.tags;
  }
  const key = name as 'host' | 'service' | 'source' | 'status';
  return (_body, envelope) => envelope?.[key];
}

export class FieldColumns {
  private readonly columns = new Map<string, ValueColumn>();
  private readonly envelopeColumns: (readonly [ValueColumn, Extract])[] = [];
  private readonly trie = new PathTrie();
  /** Body columns by trie path index; a removed column leaves a hole. */
  private readonly bodyColumns: (ValueColumn | undefined)[] = [];
  private rows = INITIAL_ROWS;

  constructor() {
    for (const name of [...ENVELOPE_FIELDS, TAGS_COLUMN]) {
      const column = this.register(name);
      this.envelopeColumns.push([column, envelopeExtract(name)]);
    }
    for (const path of INDEXED_BODY_PATHS) this.addBodyPath(path);
  }

  get(name: string): ValueColumn | undefined {
    return this.columns.get(name);
  }

  /**
   * Adds a column for the body path `path` (`@path`); rows from now on are filled by `fill`,
   * earlier ones by the caller with `extract`.
   */
  addBodyPath(path: string): { column: ValueColumn; extract: Extract } {
    const read = compilePathReader(path);
    const extract: Extract = (body) => read(body);
    const existing = this.columns.get(`@${path}`);
    if (existing !== undefined) return { column: existing, extract };
    const column = this.register(`@${path}`);
    this.bodyColumns[this.trie.add(path)] = column;
    return { column, extract };
  }

  /** Drops a column added by `addBodyPath` whose filling failed. */
  remove(name: string): void {
    const column = this.columns.get(name);
    if (column === undefined) return;
    this.columns.delete(name);
    const at = this.bodyColumns.indexOf(column);
    if (at !== -1) this.bodyColumns[at] = undefined;
  }

  /** Reads every column's value of one event into row `key` (absent values are not written). */
  fill(key: number, body: Record<string, unknown>, envelope: Envelope | undefined): void {
    if (key >= this.rows) {
      this.rows = Math.max(key + 1, this.rows * 2);
      for (const column of this.columns.values()) column.reserve(this.rows);
    }
    for (const [column, extract] of this.envelopeColumns) {
      const value = extract(body, envelope);
      if (value !== undefined) column.set(key, value);
    }
    this.trie.read(body, (path, value) => this.bodyColumns[path]?.set(key, value));
  }

  /** The rows `[0, count)` of every column, for another index to append. */
  exportShard(count: number): ShardFields {
    const rows = new Map<string, ColumnRows>();
    for (const [name, column] of this.columns) {
      if (column.size > 1) rows.set(name, column.exportRows(count));
    }
    return { names: [...this.columns.keys()], rows };
  }

  /**
   * Appends a shard's rows `[0, count)` as rows `[base, base + count)`. Returns the names of
   * columns this index has and the shard did not (added while the shard was being read):
   * their values for those rows must be read from the raw events.
   */
  appendShard(base: number, count: number, shard: ShardFields): string[] {
    const end = base + count;
    if (end > this.rows) {
      this.rows = Math.max(end, this.rows * 2);
      for (const column of this.columns.values()) column.reserve(this.rows);
    }
    const known = new Set(shard.names);
    const missing: string[] = [];
    for (const [name, column] of this.columns) {
      if (!known.has(name)) missing.push(name);
      const rows = shard.rows.get(name);
      if (rows !== undefined) column.appendRows(base, count, rows);
    }
    return missing;
  }

  /** Body paths of the columns beyond the default ones (added on demand). */
  addedBodyPaths(): string[] {
    const paths: string[] = [];
    for (const name of this.columns.keys()) {
      if (name.startsWith('@') && !DEFAULT_BODY_NAMES.has(name)) paths.push(name.slice(1));
    }
    return paths;
  }

  /** Names of the columns that hold a value for some row. */
  namesWithValues(): string[] {
    const names: string[] = [];
    for (const [name, column] of this.columns) if (column.size > 1) names.push(name);
    return names;
  }

  get byteLength(): number {
    let n = 0;
    for (const column of this.columns.values()) n += column.byteLength;
    return n;
  }

  private register(name: string): ValueColumn {
    const column = new ValueColumn();
    column.reserve(this.rows);
    this.columns.set(name, column);
    return column;
  }
}
