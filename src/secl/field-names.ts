/**
 * Every SECL field name the field map resolves, for suggestions (the rule box's autocomplete,
 * "did you mean" on an unknown field). The field map resolves names by structure rather than
 * from a list, so the names are enumerated here: each root (`process`, every Linux event type,
 * `fim.write`) is tried with each suffix of a vocabulary that mirrors the map's families, and
 * only what the map resolves, under its canonical name (no legacy aliases), is kept. The
 * vocabulary may propose more than a root has; it must not miss what the map knows — the unit
 * test checks every field the default policies use is listed.
 */
import type { FieldSpec } from './field-spec';
import { COMMON_ROOTS } from './fields-common';
import { EVENT_TYPES } from './fields-events';
import { windowsFieldNames } from './fields-windows';

/** After `file.` (and `file.destination.`, `interpreter.file.`, `fim.write.file.`). */
const FILE_SUFFIXES: readonly string[] = [
  'path',
  'name',
  'path.length',
  'name.length',
  'extension',
  'filesystem',
  'user',
  'group',
  'inode',
  'mode',
  'rights',
  'mount_id',
  'uid',
  'gid',
  'in_upper_layer',
  'mount_detached',
  'mount_visible',
  'change_time',
  'modification_time',
  'hashes',
  'overlay_numlower',
  ...[
    'name',
    'version',
    'release',
    'epoch',
    'source_version',
    'source_release',
    'source_epoch',
  ].map((key) => `package.${key}`),
];

/** After a process prefix (`process.`, `exec.`, `ptrace.tracee.`, `….parent.`, `….ancestors.`). */
const PROCESS_SUFFIXES: readonly string[] = [
  ...['pid', 'ppid', 'tid', 'comm', 'tty_name', 'is_thread', 'is_kworker', 'is_exec', 'cmdline'],
  ...['uid', 'gid', 'user', 'group', 'euid', 'egid', 'euser', 'egroup', 'auid'],
  ...['fsuid', 'fsgid', 'fsuser', 'fsgroup'],
  ...['cap_effective', 'cap_permitted', 'caps_attempted', 'caps_used', 'created_at'],
  ...['argv', 'args', 'args_flags', 'args_options', 'argv0', 'args_truncated'],
  ...['envs', 'envp', 'envs_truncated'],
  ...['container.id', 'container.created_at', 'container.tags'],
  ...['cgroup.id', 'cgroup.version', 'cgroup.file.inode', 'cgroup.file.mount_id'],
  ...FILE_SUFFIXES.map((s) => `file.${s}`),
  ...FILE_SUFFIXES.map((s) => `interpreter.file.${s}`),
  ...[
    'id',
    'identity',
    'session_type',
    'k8s_username',
    'k8s_uid',
    'k8s_groups',
    'k8s_session_id',
    'ssh_username',
    'ssh_public_key',
    'ssh_session_id',
    'ssh_client_ip',
    'ssh_client_port',
    'ssh_port',
    'ssh_auth_method',
  ].map((s) => `user_session.${s}`),
];

/** A process with its parent and ancestors. */
const PROCESS_TREE_SUFFIXES: readonly string[] = [
  ...PROCESS_SUFFIXES,
  ...PROCESS_SUFFIXES.map((s) => `parent.${s}`),
  ...PROCESS_SUFFIXES.map((s) => `ancestors.${s}`),
  'ancestors.length',
];

const ENDPOINT_SUFFIXES = ['ip', 'port', 'is_public'];

/** A network context (`network.`, `packet.`, `network_flow_monitor.flows.`). */
const NETWORK_SUFFIXES: readonly string[] = [
  ...['l3_protocol', 'l4_protocol', 'size', 'device.ifname', 'network_direction', 'type'],
  ...ENDPOINT_SUFFIXES.flatMap((s) => [`source.${s}`, `destination.${s}`]),
];

/** What event types add after `<type>.`; each type keeps only what the map gives it. */
const EVENT_SUFFIXES: readonly string[] = [
  'retval',
  'flags',
  ...FILE_SUFFIXES.map((s) => `file.${s}`),
  ...FILE_SUFFIXES.map((s) => `file.destination.${s}`),
  'file.destination.namespace',
  ...['path', 'destination.path', 'flags', 'mode', 'uid', 'gid', 'dirfd', 'fs_type'].map(
    (s) => `syscall.${s}`,
  ),
  // exec / exit, credential changes, ptrace / signal targets, setrlimit
  ...['cause', 'code', 'request', 'type', 'pid', 'resource', 'rlim_cur', 'rlim_max'],
  ...['uid', 'euid', 'fsuid', 'user', 'euser', 'fsuser', 'gid', 'egid', 'fsgid', 'group'],
  ...['egroup', 'fsgroup', 'cap_effective', 'cap_permitted'],
  ...['size', 'is_executable', 'is_upx_packed', 'is_garble_obfuscated'].map(
    (s) => `file.metadata.${s}`,
  ),
  ...['type', 'architecture', 'abi', 'compression'].map((s) => `file.metadata.${s}`),
  // bpf, modules, memory, mount, selinux, splice, sysctl, setsockopt, prctl, capabilities
  ...['cmd', 'map.name', 'map.type', 'prog.name', 'prog.tag', 'prog.type', 'prog.attach_type'],
  'prog.helpers',
  ...['name', 'loaded_from_memory', 'args_truncated', 'argv', 'args'],
  ...['protection', 'vm_protection', 'req_protection'],
  ...['mountpoint.path', 'source.path', 'root.path', 'fs_type', 'detached', 'visible'],
  ...['syscall.mountpoint.path', 'syscall.source.path'],
  ...['bool.name', 'bool.state', 'bool_commit.state', 'enforce.status'],
  ...['pipe_entry_flag', 'pipe_exit_flag'],
  ...['value', 'old_value', 'name_truncated', 'value_truncated', 'old_value_truncated'],
  ...['action', 'file_position'],
  ...['level', 'optname', 'socket_type', 'socket_family', 'socket_protocol', 'filter_len'],
  ...['is_filter_truncated', 'filter_hash', 'filter_instructions', 'used_immediates'],
  ...['option', 'new_name', 'is_name_truncated', 'attempted', 'used'],
  // network: dns, imds, sockets, packets, flows
  ...['id', 'question.name', 'question.name.length', 'question.length', 'question.count'],
  ...['question.type', 'question.class', 'response.code'],
  ...['cloud_provider', 'url', 'host', 'user_agent', 'server'],
  ...['aws.is_imds_v2', 'aws.security_credentials.type'],
  ...['protocol', 'addr.family', 'addr.hostname', ...ENDPOINT_SUFFIXES.map((s) => `addr.${s}`)],
  ...['filter', 'tls.version', ...NETWORK_SUFFIXES],
  ...['flows.length', ...NETWORK_SUFFIXES.map((s) => `flows.${s}`)],
  ...['ingress', 'egress'].flatMap((d) => [`flows.${d}.data_size`, `flows.${d}.packet_count`]),
];

/** Process fields of the event types that have them (exec'd process, ptrace and signal targets). */
const PROCESS_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  exec: PROCESS_SUFFIXES,
  exit: PROCESS_SUFFIXES,
  ptrace: PROCESS_TREE_SUFFIXES.map((s) => `tracee.${s}`),
  signal: PROCESS_TREE_SUFFIXES.map((s) => `target.${s}`),
  setrlimit: PROCESS_TREE_SUFFIXES.map((s) => `target.${s}`),
};

/** The `event.`, `container.` and `cgroup.` context fields. */
const CONTEXT_SUFFIXES: readonly string[] = [
  ...['timestamp', 'async', 'origin', 'os', 'hostname', 'service', 'rule.tags', 'source'],
  ...['id', 'created_at', 'tags', 'version', 'file.inode', 'file.mount_id'],
];

function candidates(): string[] {
  const names: string[] = [];
  for (const root of COMMON_ROOTS) {
    const suffixes =
      root === 'process'
        ? PROCESS_TREE_SUFFIXES
        : root === 'network'
          ? NETWORK_SUFFIXES
          : CONTEXT_SUFFIXES;
    for (const suffix of suffixes) names.push(`${root}.${suffix}`);
  }
  for (const type of EVENT_TYPES) {
    for (const suffix of [...EVENT_SUFFIXES, ...(PROCESS_FAMILIES[type] ?? [])]) {
      names.push(`${type}.${suffix}`);
    }
  }
  for (const suffix of FILE_SUFFIXES) names.push(`fim.write.file.${suffix}`);
  names.push(...windowsFieldNames());
  return names;
}

/** Every canonical field name `resolve` knows, sorted. */
export function enumerateFieldNames(resolve: (name: string) => FieldSpec | undefined): string[] {
  const names = new Set<string>();
  for (const name of candidates()) {
    if (resolve(name)?.name === name) names.add(name);
  }
  return [...names].sort();
}
