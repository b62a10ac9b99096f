/**
 * Build-time generation from the schema (the source of truth in schema/):
 *  - src/generated/validate-event.js: an ajv standalone validator, so the shipped app
 *    never compiles code at run time (no eval / new Function; the CSP forbids both);
 *  - src/generated/cws-event.ts: TypeScript types of the event body;
 *  - src/generated/schema-fields.ts: every leaf path of the body with its type and
 *    description (for field pickers and coverage tests).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import { listSchemaFields } from './schema-fields';
import { FORMATS } from '../src/ingest/validate/formats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src', 'generated');
const schemaText = readFileSync(join(root, 'schema', 'event.v1.schema.json'), 'utf8');
const schema = JSON.parse(schemaText) as Record<string, unknown>;
const banner =
  '/* Generated from schema/event.v1.schema.json by scripts/gen-schema-artifacts.ts. */';

mkdirSync(out, { recursive: true });

// allErrors: every finding is reported, so drift (unknown keys only) can be told apart
// from invalid events. strict: false because the schema uses documentation-only keywords.
// Formats come from src/ingest/validate/formats.ts (a character-level RFC 3339 check that
// agrees with ajv-formats' "full" date-time, several times faster than its regexes).
const FORMATS_REQUIRE = 'require("../ingest/validate/formats")';
const ajv = new Ajv({
  code: { source: true, esm: true, formats: _`require("../ingest/validate/formats").FORMATS` },
  allErrors: true,
  strict: false,
});
for (const [name, definition] of Object.entries(FORMATS)) ajv.addFormat(name, { ...definition });
const validate = ajv.compile(schema);
// Standalone code refers to the formats module through `require`, even in ESM output:
// turn that into an import so the bundler (and Node's ESM loader in tests) resolves it.
const code = standaloneCode(ajv, validate);
if (!code.includes(FORMATS_REQUIRE)) throw new Error('unexpected validator code: no formats');
writeFileSync(
  join(out, 'validate-event.js'),
  `${banner}\nimport * as formats from '../ingest/validate/formats';\n` +
    code.replaceAll(FORMATS_REQUIRE, 'formats'),
);
writeFileSync(
  join(out, 'validate-event.d.ts'),
  `${banner}
import type { ErrorObject } from 'ajv';
export interface EventValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
declare const validate: EventValidator;
export default validate;
`,
);

const types = await compile(schema as Parameters<typeof compile>[0], 'CwsEventBody', {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: true,
  style: { singleQuote: true, printWidth: 100 },
});
writeFileSync(join(out, 'cws-event.ts'), types);

const fields = listSchemaFields(schema);
writeFileSync(
  join(out, 'schema-fields.ts'),
  `${banner}\nexport interface SchemaField { readonly path: string; readonly type: string; readonly description: string }\n` +
    `export const SCHEMA_FIELDS: readonly SchemaField[] = ${JSON.stringify(fields, null, 1)};\n`,
);
console.log(`schema artifacts: validator, types, ${fields.length} fields → src/generated/`);
