// A maximal event of every shipped agent schema (every property populated) is valid against
// its own schema, chosen from the agent version and OS it names.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_SCHEMAS } from '../../generated/schema-catalog';
import { maximalEvent } from '../../test-support/maximal-event';
import { classifyBody } from './classify';
import { loadValidators } from './validators';

const AGENT_DIR = join(import.meta.dirname, '..', '..', '..', 'schema', 'agent');
const DATED: Readonly<Record<string, string>> = { '2023-07-17': '7.47.0', '2024-01-17': '7.50.0' };

beforeAll(() => loadValidators(SHIPPED_SCHEMAS.map((s) => s.id)));

describe('maximal events', () => {
  for (const file of readdirSync(AGENT_DIR).filter((f) => f.endsWith('.schema.json'))) {
    it(`of ${file} are valid against their own schema`, () => {
      const [os, release] = file.replace('.schema.json', '').split(/-(.*)/s) as [string, string];
      const schema = JSON.parse(readFileSync(join(AGENT_DIR, file), 'utf8')) as Record<
        string,
        unknown
      >;
      const body = maximalEvent(schema);
      const version = DATED[release] ?? release;
      const agent = { ...(body['agent'] as Record<string, unknown> | undefined), version, os };
      const result = classifyBody({ ...body, agent });
      const id = `${os}-${DATED[release] === undefined ? release.split('.').slice(0, 2).join('.') : release.slice(0, 7)}`;
      expect(result?.schema).toBe(id);
      expect(result?.findings).toEqual([]);
      expect(result?.validity).toBe('valid');
    });
  }
});
