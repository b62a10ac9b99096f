import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_SCHEMAS } from '../../generated/schema-catalog';
import { makeOpenBody } from '../test/fixtures';
import { classifyBody as classifyLoaded, nestingDepth, type Classification } from './classify';
import { loadValidators } from './validators';

beforeAll(() => loadValidators(SHIPPED_SCHEMAS.map((s) => s.id)));

function classifyBody(body: Record<string, unknown>): Classification {
  const result = classifyLoaded(body);
  if (result === undefined) throw new Error('validators not loaded');
  return result;
}

describe('classifyBody', () => {
  it('accepts a seed-conformant body with its agent and title companions', () => {
    expect(classifyBody(makeOpenBody())).toMatchObject({ validity: 'valid', findings: [] });
  });

  it('calls unknown properties drift, with their pointers', () => {
    const result = classifyBody(
      makeOpenBody({ cgroup: { id: 'x' }, evt: { name: 'open', matched_rules: [] } }),
    );
    expect(result.validity).toBe('drift');
    expect(result.findings.map((f) => f.pointer).sort()).toEqual(['/cgroup', '/evt/matched_rules']);
    expect(result.findings.every((f) => f.keyword === 'additionalProperties')).toBe(true);
  });

  it('calls wrong types, missing required properties and bad dates invalid', () => {
    const wrongType = classifyBody(makeOpenBody({ process: { pid: 'one', uid: 0, gid: 0 } }));
    expect(wrongType.validity).toBe('invalid');
    expect(wrongType.findings).toContainEqual({
      pointer: '/process/pid',
      keyword: 'type',
      message: 'must be integer',
    });
    const badDate = classifyBody(makeOpenBody({ date: 'yesterday' }));
    expect(badDate.findings[0]).toMatchObject({ pointer: '/date', keyword: 'format' });
    const missing = classifyBody(makeOpenBody({ exit: { code: 1 } }));
    expect(missing.findings[0]).toMatchObject({ pointer: '/exit', keyword: 'required' });
  });

  it('flags bodies nested past the depth limit as invalid', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    const result = classifyBody({ evt: { name: 'open' }, x: deep });
    expect(result.validity).toBe('invalid');
    expect(
      result.findings.some((f) => f.keyword === 'limit' && f.message.includes('nesting')),
    ).toBe(true);
  });
});

describe('nestingDepth', () => {
  it('measures without recursion and stops past the limit', () => {
    expect(nestingDepth({ a: [{ b: 1 }] }, 10)).toBe(3);
    expect(nestingDepth(1, 10)).toBe(0);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nestingDepth(deep, 64)).toBe(65);
  });
});

describe('classifyBody with hostile keys', () => {
  it('reports a __proto__ key as an unknown property without touching prototypes', () => {
    const body = JSON.parse(
      '{"evt":{"name":"open"},"title":"t","__proto__":{"polluted":1}}',
    ) as Record<string, unknown>;
    const result = classifyBody(body);
    expect(result.validity).toBe('drift');
    expect(result.findings).toMatchObject([
      { pointer: '/__proto__', keyword: 'additionalProperties' },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
