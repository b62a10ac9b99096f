/**
 * The index's field columns, by field name in query syntax: body attributes (`@evt.name`),
 * envelope fields (`host`, `service`, `source`, `status`) and the envelope's tags (`tags`,
 * the whole list per event). The fields of `INDEXED_BODY_PATHS` are read at load time;
 * others are added later (`add`) and filled by a pass over the raw events.
 */
import type { Envelope } from '../ingest/parse/envelope';
import { ENVELOPE_FIELDS, INDEXED_BODY_PATHS } from '../query/indexed-fields';
import { compilePathReader } from './path-value';
import { ValueColumn, type ColumnValue } from './value-column';

type Extract = (body: Record<string, unknown>, envelope: Envelope | undefined) => ColumnValue;

interface FieldColumn {
  readonly column: ValueColumn;
  readonly extract: Extract;
}

/** Name of the column holding each event's envelope tags (a list). */
export const TAGS_COLUMN = 'tags';

function envelopeExtract(name: string): Extract {
  if (name === TAGS_COLUMN) {
    return (_body, envelope) =>
      envelope === undefined || envelope.tags.length === 0 ? undefined : envelope.tags;
  }
  const key = name as 'host' | 'service' | 'source' | 'status';
  return (_body, envelope) => envelope?.[key];
}

function bodyExtract(path: string): Extract {
  const read = compilePathReader(path);
  return (body) => read(body);
}

export class FieldColumns {
  private readonly columns = new Map<string, FieldColumn>();
  private extractors: (readonly [ValueColumn, Extract])[] = [];

  constructor() {
    for (const name of [...ENVELOPE_FIELDS, TAGS_COLUMN])
      this.register(name, envelopeExtract(name));
    for (const path of INDEXED_BODY_PATHS) this.register(`@${path}`, bodyExtract(path));
  }

  get(name: string): ValueColumn | undefined {
    return this.columns.get(name)?.column;
  }

  /** Adds a column for the body path `path` (`@path`); its rows are filled by the caller. */
  addBodyPath(path: string): { column: ValueColumn; extract: Extract } {
    const existing = this.columns.get(`@${path}`);
    if (existing !== undefined) return existing;
    return this.register(`@${path}`, bodyExtract(path));
  }

  /** Drops a column added by `addBodyPath` whose filling failed. */
  remove(name: string): void {
    const entry = this.columns.get(name);
    if (entry === undefined) return;
    this.columns.delete(name);
    this.extractors = this.extractors.filter(([column]) => column !== entry.column);
  }

  /** Reads every column's value of one event into row `key`. */
  fill(key: number, body: Record<string, unknown>, envelope: Envelope | undefined): void {
    for (const [column, extract] of this.extractors) column.set(key, extract(body, envelope));
  }

  get byteLength(): number {
    let n = 0;
    for (const { column } of this.columns.values()) n += column.byteLength;
    return n;
  }

  private register(name: string, extract: Extract): FieldColumn {
    const entry = { column: new ValueColumn(), extract };
    this.columns.set(name, entry);
    this.extractors = [...this.extractors, [entry.column, extract]];
    return entry;
  }
}
