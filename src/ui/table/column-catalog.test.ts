import { describe, expect, it } from 'vitest';
import { AGENT_SCHEMA_FIELDS } from '../../generated/agent-schema-fields';
import { SCHEMA_FIELDS } from '../../generated/schema-fields';
import {
  BUILT_IN_ENTRIES,
  SCHEMA_ENTRIES,
  customField,
  filterCatalog,
  unlistedEntry,
} from './column-catalog';
import type { CatalogEntry } from './column-catalog';

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

describe('the chooser catalog', () => {
  it('lists every schema field, as @path, with its description', () => {
    const paths = new Set([...SCHEMA_FIELDS, ...AGENT_SCHEMA_FIELDS].map((f) => f.path));
    expect(SCHEMA_ENTRIES).toHaveLength(paths.size);
    const mode = SCHEMA_ENTRIES.find((e) => e.id === '@file.mode');
    expect(mode).toMatchObject({ field: '@file.mode', type: 'integer', description: 'File mode' });
  });

  it('marks indexed fields', () => {
    expect(SCHEMA_ENTRIES.find((e) => e.id === '@file.path')?.isIndexed).toBe(true);
    expect(SCHEMA_ENTRIES.find((e) => e.id === '@file.mode')?.isIndexed).toBe(false);
    expect(BUILT_IN_ENTRIES.every((e) => e.isIndexed && e.isBuiltIn)).toBe(true);
  });

  it('describes an added field the schema does not list', () => {
    expect(unlistedEntry('@foo.bar')).toMatchObject({
      id: '@foo.bar',
      field: '@foo.bar',
      type: 'not in the schema',
      isBuiltIn: false,
      isIndexed: false,
    });
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
