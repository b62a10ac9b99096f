// Generator behaviour: determinism, counts, coverage of event types, ordering, formats, storyline.
import { describe, expect, it } from 'vitest';
import { generateEvents } from './generate-events';
import { LATERAL_STEPS, STORYLINE_STEPS } from './storyline';
import { EVENT_TYPES } from './types';
import type { GeneratedEvent } from './types';

const take = (
  count: number,
  seed = 1,
  extra: { hosts?: number; storyline?: boolean; agents?: 'seed' | 'mixed' } = {},
) => [...generateEvents({ count, seed, ...extra })];
const text = (events: GeneratedEvent[]) => events.map((e) => JSON.stringify(e)).join('\n');

describe('generateEvents', () => {
  const events = take(3000);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(text(take(800, 7))).toBe(text(take(800, 7)));
    expect(text(take(800, 8))).not.toBe(text(take(800, 7)));
  });

  it('yields exactly the requested count', () => {
    expect(events).toHaveLength(3000);
    expect(take(0)).toHaveLength(0);
    expect(take(37)).toHaveLength(37);
  });

  it('covers every event type in 2,000 events, whatever the seed', () => {
    for (const seed of [1, 2, 3, 99]) {
      const seen = new Set(take(2000, seed).map((e) => e.body.evt.name));
      expect(EVENT_TYPES.filter((t) => !seen.has(t))).toEqual([]);
    }
  });

  it('emits events in non-decreasing time order', () => {
    for (let i = 1; i < events.length; i++) {
      const prev = events[i - 1] as GeneratedEvent;
      const cur = events[i] as GeneratedEvent;
      expect(cur.body.date >= prev.body.date).toBe(true);
      expect(cur.timeMs).toBeGreaterThanOrEqual(prev.timeMs);
      expect(Date.parse(cur.body.date)).toBe(cur.timeMs);
    }
  });

  it('starts at the default start time on the default four hosts', () => {
    const first = events[0] as GeneratedEvent;
    expect(first.timeMs).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 20, 8, 0, 0));
    expect(first.timeMs).toBeLessThan(Date.UTC(2026, 10, 20, 8, 5, 0));
    expect(new Set(events.map((e) => e.host))).toEqual(
      new Set(['web-1', 'web-2', 'db-1', 'ci-runner-1']),
    );
    expect(new Set(take(3000, 1, { hosts: 6 }).map((e) => e.host)).size).toBe(6);
  });

  it('writes values in the formats the agent uses', () => {
    const categories: Record<string, string> = {
      exec: 'Process Activity',
      dns: 'Network Activity',
      bpf: 'Kernel Activity',
      open: 'File Activity',
      load_module: 'File Activity',
      setuid: 'File Activity',
    };
    for (const { body } of events) {
      expect(body.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
      expect(['Success', 'Refused', 'Error']).toContain(body.evt.outcome);
      const expected = categories[body.evt.name];
      if (expected !== undefined) expect(body.evt.category).toBe(expected);
      expect(body.agent.policy_name).toBe('default.policy');
      expect(body.agent.version).toBe('7.45.0');
      expect(typeof body.title).toBe('string');
      const mmap = body['mmap'] as { address: string; protection: string } | undefined;
      if (mmap !== undefined) {
        expect(mmap.address).toMatch(/^0x[0-9a-f]+$/);
        expect(mmap.protection).toMatch(/^PROT_[A-Z]+( \| PROT_[A-Z]+)*$/);
      }
      const mount = body['mount'] as Record<string, unknown> | undefined;
      if (mount !== undefined) expect(typeof mount['mountpoint.path']).toBe('string');
    }
  });

  it('gives every event envelope metadata: unique ids, tags, service', () => {
    const ids = new Set(events.map((e) => e.id));
    expect(ids.size).toBe(events.length);
    for (const e of events) {
      expect(e.id.length).toBeGreaterThanOrEqual(30);
      expect(e.tags).toContain(`rule_id:${e.body.agent.rule_id}`);
      expect(e.tags).toContain(`type:${e.body.evt.name}`);
      expect(e.service.length).toBeGreaterThan(0);
      expect(Object.keys(e.body)).not.toContain('host');
    }
  });

  it('places containerised processes in containers with image tags', () => {
    const nginx = events.filter((e) => e.tags.includes('image_name:nginx'));
    expect(nginx.length).toBeGreaterThan(0);
    for (const e of nginx) {
      const container = e.body['container'] as { id: string; created_at: string };
      expect(container.id).toMatch(/^[0-9a-f]{64}$/);
      expect((e.body['process'] as { container?: { id: string } }).container?.id).toBe(
        container.id,
      );
    }
  });

  it('carries APM ids on some events, as safe integers', () => {
    const withDd = events.filter((e) => e.body.dd !== undefined);
    expect(withDd.length).toBeGreaterThan(0);
    for (const e of withDd) {
      expect(Number.isSafeInteger(e.body.dd?.trace_id)).toBe(true);
      expect(Number.isSafeInteger(e.body.dd?.span_id)).toBe(true);
    }
  });

  it('runs the storyline steps in order on web-1, around the middle of the run', () => {
    const story = events.filter((e) => e.story !== undefined);
    expect(story.map((e) => e.story)).toEqual([...STORYLINE_STEPS]);
    for (const e of story) {
      expect(e.host).toBe('web-1');
      expect(e.tags).toContain('image_name:nginx');
    }
    const firstAt = events.indexOf(story[0] as GeneratedEvent);
    expect(firstAt).toBeGreaterThan(1200);
    expect(firstAt).toBeLessThan(1800);
    const refused = story.find((e) => e.story === 'shadow-read-refused')?.body;
    const granted = story.find((e) => e.story === 'shadow-read')?.body;
    expect(refused?.evt.outcome).toBe('Refused');
    expect(granted?.evt.outcome).toBe('Success');
    expect((granted?.['file'] as { path: string }).path).toBe('/etc/shadow');
    const chmod = story.find((e) => e.story === 'chmod-exec-bit')?.body['file'] as {
      destination: { mode: number };
    };
    expect(chmod.destination.mode).toBe(0o755);
    expect(take(3000, 1, { storyline: false }).some((e) => e.story !== undefined)).toBe(false);
  });

  it('in a mixed fleet, continues the storyline on web-2 (agent 7.71) after web-1', () => {
    const mixed = take(6000, 1, { agents: 'mixed' });
    const story = mixed.filter((e) => e.story !== undefined);
    expect(story.map((e) => e.story)).toEqual([...STORYLINE_STEPS, ...LATERAL_STEPS]);
    const lateral = story.slice(STORYLINE_STEPS.length);
    for (const e of lateral) {
      expect(e.host).toBe('web-2');
      expect(e.body.agent.version).toBe('7.71.1');
    }
    const credentials = lateral.find((e) => e.story === 'imds-credentials')?.body['imds'];
    expect(credentials).toMatchObject({
      type: 'response',
      aws: { is_imds_v2: false, security_credentials: { type: 'AWS-HMAC' } },
    });
    expect(lateral.find((e) => e.story === 'exfil-connect')?.body['connect']).toMatchObject({
      addr: { ip: '203.0.113.50', port: 443 },
    });
    // Same seed, seed-era fleet: web-1's storyline alone.
    expect(events.filter((e) => e.story !== undefined)).toHaveLength(STORYLINE_STEPS.length);
  });

  it('keeps storyline labels out of the bodies', () => {
    for (const e of events) expect(JSON.stringify(e.body)).not.toContain('"story"');
  });
});
