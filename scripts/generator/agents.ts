/**
 * Agent profiles: which agent a simulated host runs, and how that agent writes an event body.
 *
 * - `seed`: the agent of the seed schema's time (`agent.version` 7.45.0, no `agent.os`); the
 *   bodies are written exactly as the seed-era generator always wrote them.
 * - modern Linux (7.57, 7.64, 7.71, …): `agent.os` / `arch` / `origin` (and, from 7.62,
 *   `kernel_version` / `distribution`), `credentials.auid`, APM ids as strings (7.57), the
 *   bind protocol (7.61), the packet direction (7.63), the DNS `is_query` / `response` (7.67),
 *   mount `detached` / `visible` (7.70), and the event types those agents add (connect,
 *   accept, imds, sysctl, capabilities; `events-modern.ts`).
 * - Windows 7.71: a different body altogether (`windows-host.ts`).
 *
 * Each threshold is the first release whose published schema (`schema/agent/`) has the field;
 * the shapes follow those schemas and the agent's serializers (`pkg/security/serializers`).
 */
import type { Proc } from './process';
import type { CredentialsJson, CwsEvent, ProcessContextJson } from './types';

export interface AgentProfile {
  readonly os: 'linux' | 'windows';
  /** `agent.version` as the agent sends it. */
  readonly version: string;
  /** Minor release of 7.x, for the feature thresholds. */
  readonly minor: number;
  /** Writes the bodies of agents from 7.53 on (`agent.os`, `auid`, …); false for the seed era. */
  readonly modern: boolean;
}

function profile(os: 'linux' | 'windows', version: string, modern = true): AgentProfile {
  return { os, version, minor: Number(version.split('.')[1]), modern };
}

export const SEED_AGENT = profile('linux', '7.45.0', false);
export const LINUX_7_57 = profile('linux', '7.57.2');
export const LINUX_7_64 = profile('linux', '7.64.3');
export const LINUX_7_71 = profile('linux', '7.71.1');
export const WINDOWS_7_71 = profile('windows', '7.71.1');

/**
 * Which agents the fleet runs. `seed`: every host seed-era (the default). `mixed`: the Linux
 * hosts cycle through seed-era, 7.71, 7.64 and 7.57 (so `web-1`, which has the intrusion, stays
 * seed-era and `web-2` runs 7.71), and one Windows 7.71 host (`win-1`) joins them.
 */
export const FLEETS = ['seed', 'mixed'] as const;
export type Fleet = (typeof FLEETS)[number];

export function isFleet(value: string): value is Fleet {
  return (FLEETS as readonly string[]).includes(value);
}

const MIXED_LINUX: readonly AgentProfile[] = [SEED_AGENT, LINUX_7_71, LINUX_7_64, LINUX_7_57];

/** The agent of the `index`-th Linux host. */
export function linuxAgent(fleet: Fleet, index: number): AgentProfile {
  return fleet === 'mixed' ? (MIXED_LINUX[index % MIXED_LINUX.length] ?? SEED_AGENT) : SEED_AGENT;
}

/** Windows hosts of the fleet. */
export function windowsHosts(fleet: Fleet): number {
  return fleet === 'mixed' ? 1 : 0;
}

/** The agent is 7.`minor` or newer. */
export function since(agent: AgentProfile, minor: number): boolean {
  return agent.modern && agent.minor >= minor;
}

/** `credentials.auid` when the login uid was never set (daemons, boot-time services). */
export const AUID_UNSET = 4294967295;

/**
 * The login uid of `p`: the uid of the session process its terminal belongs to, or unset for
 * processes without a login (daemons, cron, containers). Assumed from how pam_loginuid works;
 * the agent reports the kernel's value as is.
 */
function loginUid(p: Proc): number {
  if (p.tty === undefined) return AUID_UNSET;
  let top = p;
  while (top.parent !== undefined && top.parent.tty === p.tty) top = top.parent;
  return top.creds.uid;
}

const withAuid = new WeakMap<object, ProcessContextJson>();

/** The process context `ctx` of `p` as modern agents send it: credentials with `auid`. */
export function modernContext(ctx: ProcessContextJson, p: Proc): ProcessContextJson {
  const credentials = ctx.credentials;
  if (credentials === undefined) return ctx;
  let out = withAuid.get(ctx);
  if (out === undefined) {
    const auid = loginUid(p);
    const creds: CredentialsJson & { auid: number } = { ...credentials, auid };
    out = { ...ctx, credentials: creds };
    withAuid.set(ctx, out);
  }
  return out;
}

/** Rewrites a body built the seed-era way into what a modern Linux agent sends. */
export function modernizeLinux(body: CwsEvent, agent: AgentProfile): void {
  const dns = body['dns'] as Record<string, unknown> | undefined;
  if (dns !== undefined && since(agent, 67)) {
    body['dns'] = { ...dns, is_query: true, response: { code: 0 } };
  }
  const bind = body['bind'] as Record<string, unknown> | undefined;
  if (bind !== undefined) {
    const network = body['network'] as { l4_protocol?: string } | undefined;
    // A bind is a kernel-activity event: modern agents send the network context only with
    // network-activity events (`NewBaseEventSerializer`).
    delete body['network'];
    if (since(agent, 61)) body['bind'] = { ...bind, protocol: network?.l4_protocol ?? 'TCP' };
  }
  const network = body['network'] as Record<string, unknown> | undefined;
  if (network !== undefined && since(agent, 63)) {
    body['network'] = { ...network, network_direction: 'egress' };
  }
  const mount = body['mount'] as Record<string, unknown> | undefined;
  if (mount !== undefined) {
    const { group_id: _dropped, ...rest } = mount;
    body['mount'] = since(agent, 70) ? { ...rest, detached: false, visible: true } : rest;
  }
}
