// Process identity keys and the reference evaluator's process pivots (`@process.key`,
// `@process.subtree`) on tiny inline events.
import { describe, expect, it } from 'vitest';
import { matchesEvent, type EventView } from './evaluate';
import { parseQuery } from './parse';
import { eventHost, processIdentityKey, reportedLineageKeys } from './process-identity';

const FORK = '2026-11-20T08:00:00.1Z';
const EXEC = '2026-11-20T08:00:00.123456789Z';
const init = { pid: 1, fork_time: '2026-11-01T00:00:00Z', exec_time: '2026-11-01T00:00:01Z' };
const bash = { pid: 900, ppid: 1, fork_time: FORK, exec_time: FORK };
const cat = { pid: 4121, ppid: 900, fork_time: FORK, exec_time: EXEC };

function view(body: Record<string, unknown>, host?: string): EventView {
  return {
    body,
    ...(host === undefined ? {} : { envelope: { host } }),
    validity: 'valid',
    id: 'e1',
  };
}

function matches(query: string, event: EventView): boolean {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return matchesEvent(parsed.ast, event);
}

describe('process identity', () => {
  it('writes host, pid, fork time and exec time, empty where unknown', () => {
    expect(processIdentityKey('web-1', cat)).toBe(`web-1/4121/${FORK}/${EXEC}`);
    expect(processIdentityKey('', { pid: 7 })).toBe('/7//');
    expect(processIdentityKey('web-1', { comm: 'x' })).toBeUndefined();
    expect(processIdentityKey('web-1', { pid: '7' })).toBeUndefined();
  });

  it('takes the envelope host, else the body hostname', () => {
    expect(eventHost({ hostname: 'agent-host' }, 'web-1')).toBe('web-1');
    expect(eventHost({ hostname: 'agent-host' }, undefined)).toBe('agent-host');
    expect(eventHost({}, '')).toBe('');
  });

  it('lists the lineage an event reports, nearest first, once each', () => {
    const body = { process: { ...cat, parent: bash, ancestors: [bash, init] } };
    expect(reportedLineageKeys(body, 'h')).toEqual([
      processIdentityKey('h', cat),
      processIdentityKey('h', bash),
      processIdentityKey('h', init),
    ]);
    expect(reportedLineageKeys({ evt: {} }, 'h')).toEqual([]);
  });
});

describe('process pivots in the reference evaluator', () => {
  const event = view({ process: { ...cat, parent: bash, ancestors: [bash, init] } }, 'web-1');

  it('matches @process.key on the event’s own process only', () => {
    expect(matches(`@process.key:"web-1/4121/${FORK}/${EXEC}"`, event)).toBe(true);
    expect(matches(`@process.key:"web-1/900/${FORK}/${FORK}"`, event)).toBe(false);
    expect(matches('@process.key:web-1/4121/*', event)).toBe(true);
    expect(matches('@process.key:web-2/*', event)).toBe(false);
    expect(matches('-@process.key:*', view({ evt: { name: 'dns' } }))).toBe(true);
  });

  it('matches @process.subtree on the process and every ancestor', () => {
    expect(matches(`@process.subtree:"web-1/900/${FORK}/${FORK}"`, event)).toBe(true);
    expect(matches('@process.subtree:web-1/1/*', event)).toBe(true);
    expect(matches('@process.subtree:web-1/4121/*', event)).toBe(true);
    expect(matches('@process.subtree:web-1/5000/*', event)).toBe(false);
  });

  it('uses the lineage the forest gives, when given', () => {
    const linked = { ...event, processLineage: ['web-1/4121/x/y', 'web-1/77/x/x'] };
    expect(matches('@process.subtree:web-1/77/*', linked)).toBe(true);
    expect(matches('@process.subtree:web-1/1/*', linked)).toBe(false);
  });
});
