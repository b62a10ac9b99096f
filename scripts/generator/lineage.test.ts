// Process lineage consistency: parent/ancestors, exec times, pid reuse, pids shared across hosts.
import { describe, expect, it } from 'vitest';
import { generateEvents } from './generate-events';
import type { ProcessContextJson, ProcessJson } from './types';

const events = [...generateEvents({ count: 3000 })];

function chainOf(proc: ProcessContextJson): ProcessJson[] {
  return [proc, ...(proc.ancestors ?? [])];
}

function processesOf(body: Record<string, unknown>): ProcessContextJson[] {
  const out = [body['process'] as ProcessContextJson];
  const signal = body['signal'] as { target?: ProcessContextJson } | undefined;
  const ptrace = body['ptrace'] as { tracee?: ProcessContextJson } | undefined;
  if (signal?.target !== undefined) out.push(signal.target);
  if (ptrace?.tracee !== undefined) out.push(ptrace.tracee);
  return out;
}

describe('process lineage', () => {
  it('duplicates the parent as ancestors[0] and chains ancestors up to pid 1', () => {
    for (const { body } of events) {
      for (const proc of processesOf(body)) {
        const chain = chainOf(proc);
        if (proc.pid === 1) {
          expect(proc.ancestors ?? []).toEqual([]);
        } else {
          expect(proc.parent).toEqual(proc.ancestors?.[0]);
          expect(proc.ppid).toBe(proc.parent?.pid);
        }
        for (let i = 0; i + 1 < chain.length; i++) {
          expect(chain[i]?.ppid).toBe(chain[i + 1]?.pid);
        }
        expect(chain[chain.length - 1]?.pid).toBe(1);
        expect(proc.args).toBeDefined();
        expect(proc.argv0).toBeTypeOf('string');
      }
    }
  });

  it('keeps a process exec_time stable across all its events', () => {
    const execTimes = new Map<string, string>();
    for (const { body, host } of events) {
      for (const proc of processesOf(body)) {
        for (const p of chainOf(proc)) {
          const key = `${host}|${p.pid}|${p.fork_time}|${p.executable.path ?? ''}`;
          const seen = execTimes.get(key);
          if (seen === undefined) execTimes.set(key, p.exec_time);
          else expect(p.exec_time).toBe(seen);
        }
      }
    }
    expect(execTimes.size).toBeGreaterThan(100);
  });

  it('reuses a pid on one host only after its process exited', () => {
    const lives = new Map<string, Map<string, { first: number; exit?: number }>>();
    events.forEach(({ body, host }, index) => {
      const proc = body['process'] as ProcessContextJson;
      const key = `${host}|${proc.pid}`;
      const byFork = lives.get(key) ?? new Map<string, { first: number; exit?: number }>();
      lives.set(key, byFork);
      const life = byFork.get(proc.fork_time) ?? { first: index };
      if (body.evt.name === 'exit') life.exit = index;
      byFork.set(proc.fork_time, life);
    });
    const reused = [...lives.entries()].filter(([, byFork]) => byFork.size > 1);
    expect(reused.length).toBeGreaterThan(0);
    for (const [, byFork] of reused) {
      const ordered = [...byFork.values()].sort((a, b) => a.first - b.first);
      for (let i = 0; i + 1 < ordered.length; i++) {
        const earlier = ordered[i];
        const later = ordered[i + 1];
        expect(earlier?.exit).toBeDefined();
        expect(earlier?.exit ?? Infinity).toBeLessThan(later?.first ?? -1);
      }
    }
  });

  it('has hosts that share pids (hosts cloned from one image)', () => {
    const hostsByPid = new Map<number, Map<string, string>>();
    for (const { body, host } of events) {
      for (const p of chainOf(body['process'] as ProcessContextJson)) {
        const byHost = hostsByPid.get(p.pid) ?? new Map<string, string>();
        byHost.set(host, p.exec_time);
        hostsByPid.set(p.pid, byHost);
      }
    }
    const shared = [...hostsByPid.entries()].filter(
      ([pid, byHost]) => pid !== 1 && byHost.size >= 2,
    );
    expect(shared.length).toBeGreaterThan(0);
    const [, byHost] = shared[0] ?? [0, new Map<string, string>()];
    expect(new Set(byHost.values()).size).toBe(byHost.size);
  });

  it('reports credential changes in process.credentials.destination', () => {
    const types = new Set<string>();
    for (const { body } of events) {
      const destination = (body['process'] as ProcessContextJson).credentials?.destination;
      if (['setuid', 'setgid', 'capset'].includes(body.evt.name)) {
        expect(destination).toBeDefined();
        types.add(body.evt.name);
      } else {
        expect(destination).toBeUndefined();
      }
    }
    expect(types.size).toBe(3);
  });
});
