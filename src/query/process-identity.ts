/**
 * Process identity (DESIGN.md, "Identity"): which process a `process`, `process.parent` or
 * `process.ancestors[i]` entry of an event stands for, written as one key text
 *
 *   `<host>/<pid>/<fork_time>/<exec_time>`   e.g. `web-1/4121/2026-11-20T08:00:00.1Z/2026-11-20T08:00:00.3Z`
 *
 * The host is the envelope's host, else the body's `hostname`, else empty: two hosts sharing
 * pids never meet. Both times are in the key, each as written in the event (empty when
 * missing): a forked child that never exec'd carries its parent's `exec_time`, so pid and
 * exec time alone would merge two such children that reuse a pid; the fork time tells them
 * apart, and the exec time tells a re-exec'd image from the one before it (same pid, same
 * fork time).
 *
 * The `@process.key` query field matches this text, and the reference evaluator computes it
 * with these same functions, so the engine and the reference cannot disagree on identity.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function timeText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The host an event's processes run on: envelope host, else body `hostname`, else ''. */
export function eventHost(body: Json, envelopeHost: string | undefined): string {
  if (envelopeHost !== undefined && envelopeHost !== '') return envelopeHost;
  const hostname = body['hostname'];
  return typeof hostname === 'string' ? hostname : '';
}

/** The pid of a process entry, when it has an integer one. */
export function entryPid(entry: Json): number | undefined {
  const pid = entry['pid'];
  return typeof pid === 'number' && Number.isInteger(pid) ? pid : undefined;
}

/** The key text of the process `pid` on `host` forked at `forkTime`, exec'd at `execTime`. */
export function identityKeyText(
  host: string,
  pid: number,
  forkTime: string,
  execTime: string,
): string {
  return `${host}/${pid}/${forkTime}/${execTime}`;
}

/** The parts of an identity key text, as `identityKeyText` wrote them. */
export interface ProcessIdentity {
  readonly host: string;
  readonly pid: number;
  readonly forkTime: string;
  readonly execTime: string;
}

/**
 * Reads a key text back into its parts; undefined when it is not one. Read from the end: the
 * times and the pid never hold a `/`, so a host that does stays whole.
 */
export function parseIdentityKey(key: string): ProcessIdentity | undefined {
  const parts = key.split('/');
  if (parts.length < 4) return undefined;
  const execTime = parts.pop() as string;
  const forkTime = parts.pop() as string;
  const pidText = parts.pop() as string;
  if (!/^-?\d{1,15}$/.test(pidText)) return undefined;
  return { host: parts.join('/'), pid: Number(pidText), forkTime, execTime };
}

/** The identity key of a process entry, or undefined when it has no integer pid. */
export function processIdentityKey(host: string, entry: unknown): string | undefined {
  if (!isRecord(entry)) return undefined;
  const pid = entryPid(entry);
  if (pid === undefined) return undefined;
  return identityKeyText(host, pid, timeText(entry['fork_time']), timeText(entry['exec_time']));
}

/**
 * The identity keys of an event's process and of the ancestors the event itself reports,
 * nearest first: the process, its `parent` (else `ancestors[0]`), then `ancestors[1…]`.
 * Entries without a pid are skipped.
 */
export function reportedLineageKeys(body: Json, host: string): string[] {
  const process = body['process'];
  if (!isRecord(process)) return [];
  const keys: string[] = [];
  const add = (entry: unknown) => {
    const key = processIdentityKey(host, entry);
    if (key !== undefined && !keys.includes(key)) keys.push(key);
  };
  add(process);
  const ancestors = Array.isArray(process['ancestors']) ? (process['ancestors'] as unknown[]) : [];
  add(process['parent'] ?? ancestors[0]);
  for (const ancestor of ancestors) add(ancestor);
  return keys;
}
