/**
 * Build-time generation from the schemas (the source of truth in schema/):
 *  - src/generated/validators/<schema id>.js: an ajv standalone validator per shipped schema
 *    (the seed and the agent's, agent-schemas.ts), so the shipped app never compiles code at
 *    run time (no eval / new Function; the CSP forbids both); each is its own chunk, loaded
 *    only when an event needs it;
 *  - src/generated/schema-catalog.ts: the shipped schemas (id, OS, first agent version,
 *    companions) and a loader per validator;
 *  - src/generated/cws-event.ts: TypeScript types of the event body;
 *  - src/generated/schema-fields.ts: every leaf path of the body with its type and
 *    description (for field pickers and coverage tests).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { _ } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import { shippedSchemas } from './agent-schemas';
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
// from invalid events. strict: false because the schemas use documentation-only keywords.
// Formats come from src/ingest/validate/formats.ts (a character-level RFC 3339 check that
// agrees with ajv-formats' "full" date-time, several times faster than its regexes).
const FORMATS_REQUIRE = 'require("../../ingest/validate/formats")';
const VALIDATOR_TYPES = `import type { ErrorObject } from 'ajv';
export interface EventValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
declare const validate: EventValidator;
export default validate;
`;

function validatorCode(definition: Record<string, unknown>, draft2020: boolean): string {
  const options = {
    code: { source: true, esm: true, formats: _`require("../../ingest/validate/formats").FORMATS` },
    allErrors: true,
    strict: false,
  };
  const ajv = draft2020 ? new Ajv2020(options) : new Ajv(options);
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, { ...format });
  // Standalone code refers to the formats module through `require`, even in ESM output:
  // turn that into an import so the bundler (and Node's ESM loader in tests) resolves it.
  const code = standaloneCode(ajv, ajv.compile(definition));
  if (!code.includes(FORMATS_REQUIRE)) throw new Error('unexpected validator code: no formats');
  return `import * as formats from '../../ingest/validate/formats';\n${code.replaceAll(FORMATS_REQUIRE, 'formats')}`;
}

const validatorsDir = join(out, 'validators');
mkdirSync(validatorsDir, { recursive: true });
const shipped = shippedSchemas(join(root, 'schema'));
for (const entry of shipped) {
  const definition = JSON.parse(readFileSync(join(root, 'schema', entry.file), 'utf8')) as Record<
    string,
    unknown
  >;
  const from = `/* Generated from schema/${entry.file} by scripts/gen-schema-artifacts.ts. */`;
  writeFileSync(
    join(validatorsDir, `${entry.id}.js`),
    `${from}\n${validatorCode(definition, entry.draft2020)}`,
  );
  writeFileSync(join(validatorsDir, `${entry.id}.d.ts`), `${from}\n${VALIDATOR_TYPES}`);
}
const loaders = shipped
  .map((e) => `  '${e.id}': () => import('./validators/${e.id}.js'),`)
  .join('\n');
const entries = shipped.map(({ id, os, since, hasCompanions }) => ({
  id,
  os,
  since,
  hasCompanions,
}));
writeFileSync(
  join(out, 'schema-catalog.ts'),
  `/* Generated from schema/ by scripts/gen-schema-artifacts.ts. */
import type { EventValidator } from './validators/linux-seed.js';
export type { EventValidator };
export interface ShippedSchema {
  readonly id: string;
  readonly os: 'linux' | 'windows';
  /** First agent version ([major, minor]) validated with it. */
  readonly since: readonly [number, number];
  /** The body's agent and title are properties of this schema (else set aside first). */
  readonly hasCompanions: boolean;
}
/** Oldest first, Linux then Windows. */
export const SHIPPED_SCHEMAS: readonly ShippedSchema[] = ${JSON.stringify(entries, null, 1)};
/** Each validator is its own chunk: loaded on first use. */
export const VALIDATOR_LOADERS: Readonly<Record<string, () => Promise<{ default: EventValidator }>>> = {
${loaders}
};
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
console.log(
  `schema artifacts: ${shipped.length} validators, types, ${fields.length} fields → src/generated/`,
);
