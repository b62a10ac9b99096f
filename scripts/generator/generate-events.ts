/**
 * The event generator: simulates a small fleet (process tables, containers, routine jobs, the
 * intrusion storyline) and yields its CWS events in time order. Pure — no Node APIs — so it
 * runs in browsers and workers as well.
 */
import type { AgentProfile } from './agents';
import { since, windowsHosts } from './agents';
import { bigDd, modernDd, safeDd } from './apm-ids';
import { coverageJob, hostActivity, preferredRole } from './activity';
import { createHosts } from './hosts';
import { endOldSession } from './jobs-system';
import { logId } from './log-id';
import { Rng } from './prng';
import { Sim } from './sim';
import { STORYLINE_NOMINAL_NS, canMoveTo, lateralMovement, storyline } from './storyline';
import { NS_PER_S, TimeFormatter } from './time-format';
import type { GenerateOptions, GeneratedEvent } from './types';
import { EVENT_TYPES } from './types';
import { createWindowsHost, windowsActivity } from './windows-host';

export type { CwsEvent, GenerateOptions, GeneratedEvent } from './types';
export { LATERAL_STEPS, STORYLINE_STEPS } from './storyline';

/** 2026-11-20T08:00:00Z. */
export const DEFAULT_START_MS = Date.UTC(2026, 10, 20, 8, 0, 0);
export const DEFAULT_HOSTS = 4;
/** Every this many events, the generator checks the event types for coverage. */
const COVERAGE_EVERY = 40;
/** A type not seen in this many events gets a coverage job. */
const COVERAGE_WINDOW = 1000;
/** Runs shorter than this get no storyline. */
export const STORYLINE_MIN_COUNT = 200;
/** Share of APM-instrumented events that carry `dd` ids. */
const TRACED_SHARE = 0.3;

const DAY_MS = 86_400_000;

/**
 * A routine day of the fleet of `options`, `daysBefore` days earlier: the same hosts, agents,
 * containers and jobs (the same seed), without the intrusion — the baseline an incident run is
 * compared with, where the intrusion's programs, exec edges and DNS names are new.
 */
export function routineDayBefore(options: GenerateOptions, daysBefore = 1): GenerateOptions {
  return {
    ...options,
    storyline: false,
    startMs: (options.startMs ?? DEFAULT_START_MS) - daysBefore * DAY_MS,
  };
}

/** Indices (0-based) of the events that carry big `dd` ids, spread evenly over the run. */
function bigIdIndices(count: number, bigIds: number): Map<number, number> {
  const out = new Map<number, number>();
  const n = Math.min(Math.max(0, Math.floor(bigIds)), count);
  for (let k = 0; k < n; k++) out.set(Math.floor(((k + 0.5) * count) / n), k);
  return out;
}

export function* generateEvents(options: GenerateOptions): Generator<GeneratedEvent> {
  const seed = options.seed ?? 1;
  const count = Math.max(0, Math.floor(options.count));
  const startMs = options.startMs ?? DEFAULT_START_MS;
  const rng = new Rng(seed);
  const idRng = new Rng(seed ^ 0x6a09e667);
  const fmt = new TimeFormatter(startMs);
  const sim = new Sim(rng, fmt);
  const fleet = options.agents ?? 'seed';
  const hosts = createHosts(sim, options.hosts ?? DEFAULT_HOSTS, fleet);
  const agents = new Map<string, AgentProfile>();
  for (const h of hosts) {
    agents.set(h.name, h.agent);
    sim.schedule(hostActivity(h), rng.int(2 * NS_PER_S));
    if (h.role === 'ci') sim.schedule(endOldSession(h), 20 * NS_PER_S + rng.int(40 * NS_PER_S));
  }
  for (let i = 0; i < windowsHosts(fleet); i++) {
    const w = createWindowsHost(sim, `win-${i + 1}`);
    agents.set(w.name, w.agent);
    sim.schedule(windowsActivity(w), rng.int(2 * NS_PER_S));
  }
  const bigAt = bigIdIndices(count, options.bigIds ?? 0);
  const storyHost = hosts.find((h) => h.name === 'web-1');
  const nextHost = hosts.find((h) => h.name === 'web-2' && canMoveTo(h.agent));
  const storyAt =
    (options.storyline ?? true) && storyHost !== undefined && count >= STORYLINE_MIN_COUNT
      ? Math.floor(count / 2) - 15
      : -1;

  let emitted = 0;
  let rotation = 0;
  /** A big-id slot that fell on a Windows event (which has no `dd`): the next Linux one. */
  let pendingBig: number | undefined;
  const lastSeen = new Map<string, number>();
  while (emitted < count) {
    if (sim.out.length === 0) {
      if (!sim.step()) return;
      continue;
    }
    const batch = sim.out.splice(0, sim.out.length);
    for (const e of batch) {
      const timeMs = fmt.epochMs(e.timeNs);
      const agent = agents.get(e.host);
      const big = bigAt.get(emitted) ?? pendingBig;
      pendingBig = undefined;
      if (agent?.os === 'windows') pendingBig = big;
      else if (big !== undefined) e.body.dd = bigDd(idRng, big);
      else if (e.traced && idRng.chance(TRACED_SHARE)) e.body.dd = safeDd(idRng);
      // Agents from 7.57 write the ids as strings (the trace id as 128-bit hex).
      if (e.body.dd !== undefined && agent !== undefined && since(agent, 57)) {
        e.body.dd = modernDd(e.body.dd, timeMs);
      }
      const event: GeneratedEvent = {
        body: e.body,
        host: e.host,
        service: e.service,
        tags: e.tags,
        id: logId(seed, emitted, timeMs),
        timeMs,
      };
      if (e.story !== undefined) event.story = e.story;
      lastSeen.set(e.body.evt.name, emitted);
      yield event;
      emitted++;
      if (emitted >= count) return;
      if (emitted % COVERAGE_EVERY === 0) {
        // Start a job for the next event type (in rotation) not seen lately, if any.
        for (let tries = 0; tries < EVENT_TYPES.length; tries++) {
          const type = EVENT_TYPES[rotation++ % EVENT_TYPES.length] ?? 'exec';
          const seen = lastSeen.get(type);
          if (seen !== undefined && seen >= emitted - COVERAGE_WINDOW) continue;
          lastSeen.set(type, emitted);
          const role = preferredRole(type);
          const candidates = hosts.filter((h) => h.role === role);
          sim.schedule(coverageJob(type, rng.pick(candidates.length > 0 ? candidates : hosts)), 0);
          break;
        }
      }
      if (emitted === storyAt && storyHost !== undefined) {
        const perEvent = Math.max(1, sim.lastNs) / emitted;
        const remainingNs = (count - emitted) * perEvent;
        const scale = Math.min(1, (0.3 * remainingNs) / STORYLINE_NOMINAL_NS);
        sim.schedule(storyline(storyHost, scale), 0);
        // After web-1's log wiping, the intruder moves on to a host with a newer agent.
        if (nextHost !== undefined) {
          sim.schedule(lateralMovement(nextHost, scale), 1.15 * STORYLINE_NOMINAL_NS * scale);
        }
      }
    }
  }
}
