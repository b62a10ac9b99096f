/**
 * Build-time: the union of the body paths of every shipped agent schema
 * (schema/agent/*.schema.json), written to src/generated/agent-schema-fields.ts so the detail
 * pane knows (and can describe) any field an agent of any release may send. A path's type
 * lists every type the schemas give it (`dd.trace_id`: `integer | string`); its description is
 * the newest non-empty one (Linux schemas win over the Windows one for shared paths).
 *
 * Run: npx tsx scripts/agent-schema-paths.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSchemaFields } from './schema-fields';
import type { SchemaFieldInfo } from './schema-fields';

/** Schema files oldest first, the Windows schema before the Linux ones. */
function schemaOrder(a: string, b: string): number {
  const windowsFirst = Number(b.startsWith('windows')) - Number(a.startsWith('windows'));
  return windowsFirst !== 0 ? windowsFirst : a.localeCompare(b, 'en', { numeric: true });
}

function mergeSchemaFields(perSchema: readonly (readonly SchemaFieldInfo[])[]): SchemaFieldInfo[] {
  const merged = new Map<string, { types: Set<string>; description: string }>();
  for (const fields of perSchema) {
    for (const { path, type, description } of fields) {
      const entry = merged.get(path) ?? { types: new Set<string>(), description: '' };
      entry.types.add(type);
      if (description !== '') entry.description = description;
      merged.set(path, entry);
    }
  }
  return [...merged].map(([path, { types, description }]) => ({
    path,
    type: [...types].sort().join(' | '),
    description,
  }));
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = join(root, 'schema', 'agent');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort(schemaOrder);
  const fields = mergeSchemaFields(
    files.map((f) =>
      listSchemaFields(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>),
    ),
  );
  writeFileSync(
    join(root, 'src', 'generated', 'agent-schema-fields.ts'),
    `/* Generated from schema/agent/*.schema.json by scripts/agent-schema-paths.ts. */
import type { SchemaField } from './schema-fields';
export const AGENT_SCHEMA_FIELDS: readonly SchemaField[] = ${JSON.stringify(fields, null, 1)};
`,
  );
}

main();
