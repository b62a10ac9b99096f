import { describe, expect, it } from 'vitest';
import { AGENT_SCHEMA_FIELDS } from '../../generated/agent-schema-fields';
import { SCHEMA_FIELDS } from '../../generated/schema-fields';
import {
  FIELD_CATALOG,
  SCHEMA_CATALOG,
  fieldInfo,
  isListField,
  schemaFieldInfo,
} from './field-catalog';

describe('the field catalog', () => {
  it('holds every schema path once, the envelope and derived fields, and marks indexed ones', () => {
    expect(FIELD_CATALOG.length).toBeGreaterThanOrEqual(848);
    expect(new Set(FIELD_CATALOG.map((f) => f.field)).size).toBe(FIELD_CATALOG.length);
    expect(fieldInfo('@process.pid')).toMatchObject({ type: 'integer', isIndexed: true });
    expect(fieldInfo('@file.mode')).toMatchObject({ isIndexed: false });
    expect(fieldInfo('@file.path')?.isIndexed).toBe(true);
    expect(fieldInfo('host')?.isIndexed).toBe(true);
    expect(fieldInfo('@validity')?.description).toMatch(/valid, drift or invalid/);
    expect(fieldInfo('@agent.rule_id')?.isIndexed).toBe(true);
  });

  it('lists every field of the shipped schemas, the seed first, with its description', () => {
    const seed = SCHEMA_FIELDS.map((f) => `@${f.path}`);
    const added = AGENT_SCHEMA_FIELDS.map((f) => `@${f.path}`).filter((f) => !seed.includes(f));
    expect(SCHEMA_CATALOG.map((f) => f.field)).toEqual([...seed, ...added]);
    expect(schemaFieldInfo('@connect.addr.port')?.type).toBe('integer');
    expect(schemaFieldInfo('@registry.key_path')?.description).not.toBe('');
    expect(schemaFieldInfo('@file.mode')?.description).toBe('File mode');
    expect(schemaFieldInfo('@file.mode')?.type).toBe('integer');
  });

  it('tells schema fields from envelope, derived and companion fields', () => {
    expect(schemaFieldInfo('host')).toBeUndefined();
    expect(schemaFieldInfo('@validity')).toBeUndefined();
    expect(schemaFieldInfo('@hostname')).toBeUndefined();
    expect(fieldInfo('@hostname')?.inSchema).toBe(false);
    // Newer agents' schemas describe the rule companions.
    expect(fieldInfo('@agent.rule_id')?.inSchema).toBe(true);
    expect(fieldInfo('@process.pid')?.inSchema).toBe(true);
  });

  it('knows list fields', () => {
    expect(isListField('@process.args')).toBe(true);
    expect(isListField('@process.pid')).toBe(false);
    expect(isListField('@not.in.schema')).toBe(false);
  });
});
