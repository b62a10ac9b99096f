import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_SCHEMAS } from '../../generated/schema-catalog';
import { makeOpenBody } from '../test/fixtures';
import { classifyBody } from './classify';
import { chooseSchema } from './schema-choice';
import { loadValidators } from './validators';

function withAgent(agent: Record<string, unknown>): Record<string, unknown> {
  return { evt: { name: 'open' }, agent };
}

describe('chooseSchema', () => {
  it('picks the newest schema released at or before the agent version', () => {
    const id = (version: string) => chooseSchema(withAgent({ version }));
    expect(id('7.71.0')).toEqual({ kind: 'version', id: 'linux-7.71' });
    expect(id('7.75.2')).toEqual({ kind: 'version', id: 'linux-7.71' });
    expect(id('7.64.1')).toEqual({ kind: 'version', id: 'linux-7.63' });
    expect(id('7.57.0')).toEqual({ kind: 'version', id: 'linux-7.57' });
    expect(id('7.58.0-rc.3')).toEqual({ kind: 'version', id: 'linux-7.57' });
    expect(id('7.54.0')).toEqual({ kind: 'version', id: 'linux-7.53' });
    expect(id('7.50.3')).toEqual({ kind: 'version', id: 'linux-2024-01' });
    expect(id('7.47.0')).toEqual({ kind: 'version', id: 'linux-2023-07' });
    expect(id('7.45.0')).toEqual({ kind: 'version', id: 'linux-seed' });
    expect(id('6.9.0')).toEqual({ kind: 'version', id: 'linux-seed' });
  });

  it('gives Windows events the Windows schema, whatever their version', () => {
    expect(chooseSchema(withAgent({ os: 'windows', version: '7.71.0' }))).toEqual({
      kind: 'version',
      id: 'windows-7.71',
    });
    expect(chooseSchema(withAgent({ os: 'Windows', version: '7.60.0' }))).toEqual({
      kind: 'version',
      id: 'windows-7.71',
    });
    expect(chooseSchema(withAgent({ os: 'windows' }))).toEqual({
      kind: 'version',
      id: 'windows-7.71',
    });
  });

  it('without a readable version, offers the schemas of the agents before 7.53, oldest first', () => {
    const expected = {
      kind: 'best-fit',
      candidates: ['linux-seed', 'linux-2023-07', 'linux-2024-01', 'linux-7.52'],
    };
    expect(chooseSchema(withAgent({ rule_id: 'x' }))).toEqual(expected);
    expect(chooseSchema({ evt: { name: 'open' } })).toEqual(expected);
    expect(chooseSchema(withAgent({ version: 'unknown' }))).toEqual(expected);
  });
});

describe('classifyBody against the chosen schema', () => {
  beforeAll(() => loadValidators(SHIPPED_SCHEMAS.map((s) => s.id)), 60_000);

  it('names the schema, and the best fit when the event names no version', () => {
    const seedEra = makeOpenBody();
    expect(classifyBody(seedEra)).toMatchObject({ schema: 'linux-seed', bestFit: false });
    const { agent: _agent, ...bare } = seedEra;
    expect(classifyBody(bare)).toMatchObject({
      validity: 'valid',
      schema: 'linux-seed',
      bestFit: true,
    });
  });

  it('keeps the best fitting candidate: a section the seed lacks but 2023-07 has', () => {
    const { agent: _agent, ...bare } = makeOpenBody();
    const profile = { name: 'p', status: 'stable', version: '1', tags: [] };
    const result = classifyBody({ ...bare, security_profile: profile });
    expect(result?.bestFit).toBe(true);
    expect(result?.schema).not.toBe('linux-seed');
    expect(result?.validity).toBe('valid');
  });

  it('judges a modern event by its own schema: agent and title are part of it', () => {
    const modern = { ...makeOpenBody(), agent: { rule_id: 'r', version: '7.71.0' }, title: 't' };
    const result = classifyBody(modern);
    expect(result?.schema).toBe('linux-7.71');
    // The 7.71 schema describes agent (its required keys); nothing is unknown to it.
    expect(result?.findings.filter((f) => f.keyword === 'additionalProperties')).toEqual([]);
  });
});
