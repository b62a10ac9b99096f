// Generated bodies are valid against the schema the explorer picks for them: the seed-era
// fleet against the seed JSON schema (compiled here, with agent and title split off), and
// every host of the mixed fleet (seed-era, Linux 7.57 / 7.64 / 7.71, Windows 7.71) against
// its own agent's schema, chosen and checked by the explorer's own code (`chooseSchema`,
// the generated standalone validators).
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_SCHEMAS } from '../../src/generated/schema-catalog';
import { classifyBody } from '../../src/ingest/validate/classify';
import { loadValidators } from '../../src/ingest/validate/validators';
import { generateEvents } from './generate-events';
import { serializeEvent } from './serialize';
import { MODERN_EVENT_TYPES, WINDOWS_EVENT_TYPES } from './types';

const schema: unknown = JSON.parse(
  readFileSync(new URL('../../schema/event.v1.schema.json', import.meta.url), 'utf8'),
);

describe('generated bodies against the seed schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema as object);

  it('validate with zero errors once agent and title are split off', () => {
    const failures: string[] = [];
    for (const seed of [1, 5]) {
      for (const event of generateEvents({ seed, count: 3000 })) {
        const { agent, title, ...body } = JSON.parse(JSON.stringify(event.body)) as Record<
          string,
          unknown
        >;
        expect(agent).toBeTypeOf('object');
        expect(title).toBeTypeOf('string');
        if (!validate(body)) {
          failures.push(`${event.body.evt.name}: ${ajv.errorsText(validate.errors)}`);
        }
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('rejects the companions, as the seed schema does not list them', () => {
    const [event] = generateEvents({ count: 1 });
    expect(validate(JSON.parse(JSON.stringify(event?.body)))).toBe(false);
  });
});

describe('the mixed fleet against the schema of each host agent', () => {
  // Twenty generated validators (4.7 MB of code) are imported: slow on a busy machine.
  beforeAll(() => loadValidators(SHIPPED_SCHEMAS.map((s) => s.id)), 120_000);

  const EXPECTED_SCHEMA: Readonly<Record<string, string>> = {
    'web-1': 'linux-seed',
    'web-2': 'linux-7.71',
    'db-1': 'linux-7.63',
    'ci-runner-1': 'linux-7.57',
    'win-1': 'windows-7.71',
  };

  for (const [seed, count] of [
    [1, 6000],
    [5, 4000],
  ] as const) {
    it(`every event is valid, zero invalid and zero drift (seed ${seed}, ${count} events)`, () => {
      const failures: string[] = [];
      const bySchema = new Map<string, number>();
      const types = new Set<string>();
      for (const event of generateEvents({ seed, count, agents: 'mixed', bigIds: 5 })) {
        const body = JSON.parse(serializeEvent(event.body)) as Record<string, unknown>;
        const result = classifyBody(body);
        const schemaId = result?.schema ?? 'none';
        bySchema.set(schemaId, (bySchema.get(schemaId) ?? 0) + 1);
        types.add(`${schemaId}:${event.body.evt.name}`);
        if (schemaId !== EXPECTED_SCHEMA[event.host]) {
          failures.push(`${event.host} ${event.body.evt.name}: judged against ${schemaId}`);
        }
        if (result?.validity !== 'valid') {
          const findings = result?.findings.map((f) => `${f.pointer} ${f.message}`).join('; ');
          failures.push(`${event.host} ${event.body.evt.name} ${result?.validity}: ${findings}`);
        }
      }
      expect(failures.slice(0, 5)).toEqual([]);
      expect([...bySchema.keys()].sort()).toEqual(Object.values(EXPECTED_SCHEMA).sort());
      for (const type of MODERN_EVENT_TYPES) expect(types).toContain(`linux-7.71:${type}`);
      expect(types).toContain('linux-7.63:accept');
      expect(types).toContain('linux-7.57:imds');
      for (const type of WINDOWS_EVENT_TYPES) expect(types).toContain(`windows-7.71:${type}`);
    }, 60_000);
  }
});
