import { describe, expect, it } from 'vitest';
import { SCHEMA_FIELDS } from '../../generated/schema-fields';
import {
  BUILT_IN_ENTRIES,
  SCHEMA_ENTRIES,
  customField,
  filterCatalog,
  isListField,
  schemaEntry,
} from './field-catalog';
import type { CatalogEntry } from './field-catalog';

const entry = (id: string, description: string): CatalogEntry => ({
  id,
  field: id,
  label: id,
  type: 'string',
  description,
  isBuiltIn: false,
  isIndexed: false,
});

const SMALL = [
  entry('@process.file.path', 'Path of the process executable'),
  entry('@file.path', 'File path'),
  entry('@file.mode', 'File mode'),
  entry('@network.destination.ip', 'Destination IP address'),
];

describe('the catalog', () => {
  it('lists every schema field, as @path, with its description', () => {
    expect(SCHEMA_ENTRIES).toHaveLength(SCHEMA_FIELDS.length);
    expect(schemaEntry('@file.mode')?.description).toBe('File mode');
    expect(schemaEntry('@file.mode')?.type).toBe('integer');
  });

  it('marks indexed fields', () => {
    expect(schemaEntry('@file.path')?.isIndexed).toBe(true);
    expect(schemaEntry('@file.mode')?.isIndexed).toBe(false);
    expect(BUILT_IN_ENTRIES.every((e) => e.isIndexed && e.isBuiltIn)).toBe(true);
  });

  it('knows list fields', () => {
    expect(isListField('@process.args')).toBe(true);
    expect(isListField('@process.pid')).toBe(false);
    expect(isListField('@not.in.schema')).toBe(false);
  });
});

describe('filterCatalog', () => {
  it('returns everything for an empty query', () => {
    expect(filterCatalog(SMALL, '  ')).toBe(SMALL);
  });

  it('matches paths with or without @, ranking path prefixes first', () => {
    const ids = filterCatalog(SMALL, 'file.path').map((e) => e.id);
    expect(ids).toEqual(['@file.path', '@process.file.path']);
    expect(filterCatalog(SMALL, '@file.m').map((e) => e.id)).toEqual(['@file.mode']);
  });

  it('matches descriptions, case-insensitively, after path matches', () => {
    const ids = filterCatalog(SMALL, 'EXECUTABLE').map((e) => e.id);
    expect(ids).toEqual(['@process.file.path']);
    expect(filterCatalog(SMALL, 'ip').map((e) => e.id)).toEqual(['@network.destination.ip']);
  });

  it('needs every word, in path or description', () => {
    expect(filterCatalog(SMALL, 'file mode').map((e) => e.id)).toEqual(['@file.mode']);
    expect(filterCatalog(SMALL, 'file nothing')).toEqual([]);
  });

  it('finds built-in columns by label and description', () => {
    expect(filterCatalog(BUILT_IN_ENTRIES, 'validity').map((e) => e.id)).toEqual(['validity']);
    expect(filterCatalog(BUILT_IN_ENTRIES, 'container').map((e) => e.id)).toEqual(['container']);
  });

  it('searches the whole schema quickly enough to filter on every key stroke', () => {
    const started = performance.now();
    for (const q of ['p', 'pr', 'pro', 'proc', 'process', 'process.p', 'process.pid']) {
      filterCatalog(SCHEMA_ENTRIES, q);
    }
    expect(performance.now() - started).toBeLessThan(200);
    expect(filterCatalog(SCHEMA_ENTRIES, 'process.pid')[0]?.id).toBe('@process.pid');
  });
});

describe('customField', () => {
  it('offers attribute paths the schema does not list', () => {
    expect(customField('@foo.bar')).toBe('@foo.bar');
    expect(customField('  foo.bar_baz ')).toBe('@foo.bar_baz');
  });

  it('offers nothing for schema fields or text that is no path', () => {
    expect(customField('@file.mode')).toBeUndefined();
    expect(customField('file.mode')).toBeUndefined();
    expect(customField('file mode')).toBeUndefined();
    expect(customField('')).toBeUndefined();
    expect(customField('@')).toBeUndefined();
  });
});
