// Generated bodies (minus the agent/title companions) validate against the seed JSON schema.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { generateEvents } from './generate-events';

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
