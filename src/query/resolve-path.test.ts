// Path resolution (longest existing key, arrays walked) and the evaluator on small events.
import { describe, expect, it } from 'vitest';
import type { EventView } from './evaluate';
import { matchesEvent } from './evaluate';
import { parseQuery } from './parse';
import { collectStrings, compilePath } from './resolve-path';

describe('compilePath', () => {
  const body = {
    mount: { 'mountpoint.path': '/run/user/1002', mountpoint: { path: 'shadowed' } },
    process: {
      args: ['-v', '--verbose'],
      ancestors: [{ file: { path: '/usr/sbin/nginx' } }, { file: { path: '/sbin/init' } }, {}],
    },
    nested: [[{ a: 1 }], [{ a: 2 }, { a: null }]],
    empty: [],
  };

  it('prefers the longest key that exists at each level', () => {
    expect(compilePath('mount.mountpoint.path')(body)).toEqual(['/run/user/1002']);
    expect(compilePath('mount.mountpoint')(body)).toEqual([{ path: 'shadowed' }]);
  });

  it('walks arrays wherever they occur', () => {
    expect(compilePath('process.args')(body)).toEqual(['-v', '--verbose']);
    expect(compilePath('process.ancestors.file.path')(body)).toEqual([
      '/usr/sbin/nginx',
      '/sbin/init',
    ]);
    expect(compilePath('nested.a')(body)).toEqual([1, 2, null]);
    expect(compilePath('empty')(body)).toEqual([]);
  });

  it('yields nothing for missing paths and ignores inherited properties', () => {
    expect(compilePath('process.pid')(body)).toEqual([]);
    expect(compilePath('process.args.length')(body)).toEqual([]);
    expect(compilePath('constructor')(body)).toEqual([]);
    expect(compilePath('a')(null)).toEqual([]);
  });

  it('collects every string of a body', () => {
    expect(collectStrings({ a: ['x', { b: 'y', c: 3 }], d: 'z' })).toEqual(['x', 'y', 'z']);
  });
});

describe('matchesEvent on small events', () => {
  const event: EventView = {
    body: {
      evt: { name: 'open' },
      process: { pid: 4121, args: ['-v'], is_thread: false },
      dd: { trace_id: 12345678901234567890n },
      mount: { 'mountpoint.path': '/run' },
      flags: [],
    },
    envelope: {
      host: 'web-1',
      message: 'Sensitive File opened',
      tags: ['env:prod', 'team:sec:ops'],
    },
    validity: 'drift',
    id: 'AQAA-1',
  };
  const matches = (query: string): boolean => {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return matchesEvent(parsed.ast, event);
  };

  it.each([
    ['@evt.name:open', true],
    ['@process.pid:4121', true],
    ['@process.pid:41*', true],
    ['@process.is_thread:false', true],
    ['@dd.trace_id:12345678901234567890', true],
    ['@dd.trace_id:>12345678901234567889', true],
    ['@mount.mountpoint.path:/run', true],
    ['@process.args:\\-v', true],
    ['@process.args:(-v OR -x)', true],
    ['@flags:*', false],
    ['-@missing:x', true],
    ['@missing:*', false],
    // Free text looks in the free-text fields (host among them), not in messages or tags.
    ['sensitive', false],
    ['"file opened"', false],
    ['prod', false],
    ['web-1', true],
    ['open', true],
    ['env:prod', true],
    ['env:pr*', true],
    ['team:sec:ops', true],
    ['env:*', true],
    ['region:*', false],
    ['host:web-1 service:*', false],
    ['@validity:drift', true],
    ['@validity:(valid OR invalid)', false],
    ['id:AQAA-1', true],
  ])('%s → %s', (query, expected) => {
    expect(matches(query)).toBe(expected);
  });
});
