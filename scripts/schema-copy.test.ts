import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The schema in schema/ must be the seed document's BACKEND_EVENT_JSON_SCHEMA, verbatim.
const root = join(import.meta.dirname, '..');
const seedPath = join(root, '..', 'shared', 'seeds', '000_faac62fa19035c57.txt');
const BLOCK =
  /\{\{< code-block lang="json" collapsible="true" filename="BACKEND_EVENT_JSON_SCHEMA" >\}\}\n([\s\S]*?\n)\n?\{\{< \/code-block >\}\}/;

describe('schema/event.v1.schema.json', () => {
  it.skipIf(!existsSync(seedPath))("equals the seed document's code block byte for byte", () => {
    const seed = readFileSync(seedPath, 'utf8');
    const block = BLOCK.exec(seed)?.[1];
    expect(block).toBeDefined();
    expect(readFileSync(join(root, 'schema', 'event.v1.schema.json'), 'utf8')).toBe(block);
  });

  it('is a JSON schema with the 31 definitions of the seed', () => {
    const schema = JSON.parse(
      readFileSync(join(root, 'schema', 'event.v1.schema.json'), 'utf8'),
    ) as {
      $defs: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.$defs)).toHaveLength(31);
    expect(schema.additionalProperties).toBe(false);
  });
});
