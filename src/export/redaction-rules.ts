/**
 * Which redaction category a place in an event (or a whole record) belongs to, decided by the
 * keys on its path, wherever they occur: in `process`, `process.parent`, each of
 * `process.ancestors[]`, `ptrace.tracee`, `signal.target`, envelopes, `@`-flattened keys
 * (`@process.args`) or fields newer agents add. The key lists follow the schema in `schema/`
 * (redaction-schema.test.ts fails when a schema field of these kinds is not covered).
 */

export type RedactionCategory = 'envs' | 'args' | 'users' | 'ips';

export const REDACTION_CATEGORIES: readonly RedactionCategory[] = ['envs', 'args', 'users', 'ips'];

/** What a redacted value becomes (an environment entry keeps its name: `HOME=[redacted]`). */
export const REDACTED = '[redacted]';

/** Every string below these keys is redacted: command lines. */
const ARGS_KEYS: ReadonlySet<string> = new Set(['args', 'argv', 'argv0']);
/** Every string below these keys is an environment entry `NAME=value`. */
const ENVS_KEYS: ReadonlySet<string> = new Set(['envs', 'envp']);
/** User and group names (`uid`, `gid`… numbers are kept). */
const USER_KEYS: ReadonlySet<string> = new Set([
  'user',
  'group',
  'euser',
  'egroup',
  'fsuser',
  'fsgroup',
  'username',
  'k8s_username',
  'k8s_groups',
  'ssh_username',
]);
/** Keys holding addresses: `ip`, and names ending in `_ip` / `_ips` (`ssh_client_ip`). */
const IP_KEY = /^(ips?|.+_ips?)$/;

/**
 * The segments a key adds to a path: a flattened key (`@process.args`, `mount.mountpoint.path`)
 * adds one per dot-separated part, so rules see the same names either way.
 */
export function keySegments(key: string): string[] {
  return (key.startsWith('@') ? key.slice(1) : key).split('.');
}

function segmentCategory(
  previous: string | undefined,
  segment: string,
  enabled: ReadonlySet<RedactionCategory>,
): RedactionCategory | undefined {
  if (ARGS_KEYS.has(segment)) return enabled.has('args') ? 'args' : undefined;
  if (ENVS_KEYS.has(segment)) return enabled.has('envs') ? 'envs' : undefined;
  // `usr.id` is the user name of the event's user context (schema: UserContext.id).
  if (USER_KEYS.has(segment) || (previous === 'usr' && segment === 'id')) {
    return enabled.has('users') ? 'users' : undefined;
  }
  if (IP_KEY.test(segment)) return enabled.has('ips') ? 'ips' : undefined;
  return undefined;
}

/**
 * The category of everything below `key`, given the category of its parent (inherited) and
 * the last segment of the parent's path. Undefined: no category applies (free text).
 */
export function categoryBelow(
  inherited: RedactionCategory | undefined,
  lastSegment: string | undefined,
  key: string,
  enabled: ReadonlySet<RedactionCategory>,
): { category: RedactionCategory | undefined; lastSegment: string | undefined } {
  // Most keys are one plain segment: no array for them (this runs for every key of every event).
  if (!key.includes('.') && !key.startsWith('@')) {
    return { category: inherited ?? segmentCategory(lastSegment, key, enabled), lastSegment: key };
  }
  let category = inherited;
  let previous = lastSegment;
  for (const segment of keySegments(key)) {
    category ??= segmentCategory(previous, segment, enabled);
    previous = segment;
  }
  return { category, lastSegment: previous };
}

/** An environment entry with its value hidden, or undefined when there is nothing to hide. */
export function redactEnvEntry(entry: string): string | undefined {
  const eq = entry.indexOf('=');
  if (eq < 0) return entry === '' || entry === REDACTED ? undefined : REDACTED;
  const value = entry.slice(eq + 1);
  return value === '' || value === REDACTED ? undefined : `${entry.slice(0, eq)}=${REDACTED}`;
}

/** A whole value (args, user names, address fields) hidden, or undefined when empty already. */
export function redactWhole(text: string): string | undefined {
  return text === '' || text === REDACTED ? undefined : REDACTED;
}
