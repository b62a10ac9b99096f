/**
 * What the column chooser offers: the built-in columns and every field of the event schema
 * (the schema part of the shared field catalog), each with its type, description and whether
 * the engine's index holds it from the start (fast) or adds it by reading the events again.
 * `filterCatalog` is the chooser's search: every word must appear in the path or the
 * description; path matches rank first.
 */
import { COLUMN_FIELDS, TABLE_COLUMNS } from '../../protocol/messages';
import type { TableColumnId } from '../../protocol/messages';
import { SCHEMA_CATALOG, schemaFieldInfo } from '../common/field-catalog';
import { COLUMN_LABELS } from './column-labels';

export interface CatalogEntry {
  /** Column id: a `TABLE_COLUMNS` id, or the field in query syntax (`@file.mode`). */
  readonly id: string;
  /** The field behind the column (query syntax), when there is one. */
  readonly field: string | undefined;
  readonly label: string;
  readonly type: string;
  readonly description: string;
  readonly isBuiltIn: boolean;
  /** Sorts, filters and columns on it are answered from the index at once. */
  readonly isIndexed: boolean;
}

const BUILT_IN_DESCRIPTIONS: Readonly<Record<TableColumnId, string>> = {
  time: 'When the event happened (UTC): the body date, else the export timestamp',
  type: 'Event name, with its category',
  outcome: 'Event outcome (success, refused, error, …)',
  process: 'Process name (process.comm) and pid',
  executable: 'Path of the process executable',
  target: 'What the event acted on: file path, address, DNS name, …',
  user: 'User the process ran as (process.user)',
  container: 'Container id (container.id)',
  host: 'Host that reported the event',
  validity: 'Schema validity of the event body: valid, drift or invalid',
  source: 'File the event was read from',
};

export const BUILT_IN_ENTRIES: readonly CatalogEntry[] = TABLE_COLUMNS.map((id) => ({
  id,
  field: COLUMN_FIELDS[id],
  label: COLUMN_LABELS[id],
  type: id === 'time' ? 'date-time' : 'string',
  description: BUILT_IN_DESCRIPTIONS[id],
  isBuiltIn: true,
  isIndexed: true,
}));

export const SCHEMA_ENTRIES: readonly CatalogEntry[] = SCHEMA_CATALOG.map((f) => ({
  id: f.field,
  field: f.field,
  label: f.field,
  type: f.type,
  description: f.description,
  isBuiltIn: false,
  isIndexed: f.isIndexed,
}));

/** An added field column the schema does not describe (a newer agent's attribute). */
export function unlistedEntry(field: string): CatalogEntry {
  return {
    id: field,
    field,
    label: field,
    type: 'not in the schema',
    description: '',
    isBuiltIn: false,
    isIndexed: false,
  };
}

function words(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
}

/**
 * Entries whose path or description holds every word of `query` (case-insensitive; a
 * leading `@` is optional). Order: path starts with the query, then every word in the path,
 * then description matches; the given order otherwise.
 */
export function filterCatalog(
  entries: readonly CatalogEntry[],
  query: string,
): readonly CatalogEntry[] {
  const all = words(query);
  if (all.length === 0) return entries;
  const bare = (s: string) => s.replace(/^@/, '');
  const prefix = bare(query.trim().toLowerCase());
  const ranked: { entry: CatalogEntry; rank: number; at: number }[] = [];
  entries.forEach((entry, at) => {
    const path = `${entry.label} ${entry.id}`.toLowerCase();
    const description = entry.description.toLowerCase();
    let inPath = true;
    for (const w of all) {
      const word = bare(w);
      if (path.includes(word)) continue;
      inPath = false;
      if (!description.includes(word)) return;
    }
    const rank = bare(entry.id.toLowerCase()).startsWith(prefix) ? 0 : inPath ? 1 : 2;
    ranked.push({ entry, rank, at });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.at - b.at);
  return ranked.map((r) => r.entry);
}

const FIELD_PATH = /^@?[A-Za-z_][\w-]*(\.[\w-]+)*$/;

/**
 * A body attribute the analyst typed that the schema does not list (a newer agent's), as
 * `@path`, or undefined when the text is not an attribute path or the schema has it.
 */
export function customField(query: string): string | undefined {
  const text = query.trim();
  if (!FIELD_PATH.test(text)) return undefined;
  const field = `@${text.replace(/^@/, '')}`;
  return schemaFieldInfo(field) === undefined ? field : undefined;
}
