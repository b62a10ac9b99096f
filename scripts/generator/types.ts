/**
 * Public and internal types of the event generator: generated events, options, and the JSON
 * shapes of the serialized sections (file, credentials, process) that the builders produce.
 */
import type { Fleet } from './agents';

/** Event types of the seed schema, in the order used for coverage rotation. */
export const EVENT_TYPES = [
  'exec',
  'open',
  'chmod',
  'chown',
  'link',
  'mkdir',
  'rmdir',
  'rename',
  'unlink',
  'utimes',
  'setxattr',
  'removexattr',
  'setuid',
  'setgid',
  'capset',
  'selinux',
  'bpf',
  'load_module',
  'unload_module',
  'mmap',
  'mprotect',
  'ptrace',
  'signal',
  'dns',
  'splice',
  'bind',
  'exit',
  'mount',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** Event types that Linux agents after the seed's time add (emitted by modern Linux hosts). */
export const MODERN_EVENT_TYPES = ['connect', 'accept', 'imds', 'sysctl', 'capabilities'] as const;
export type ModernEventType = (typeof MODERN_EVENT_TYPES)[number];

/** Event types of the Windows agent (`backend_windows.schema.json`, `accessors_windows.go`). */
export const WINDOWS_EVENT_TYPES = [
  'exec',
  'exit',
  'create',
  'write',
  'rename',
  'delete',
  'create_key',
  'open_key',
  'set_key_value',
  'delete_key',
  'change_permission',
] as const;
export type WindowsEventType = (typeof WINDOWS_EVENT_TYPES)[number];

export interface AgentContext {
  rule_id: string;
  rule_version: string;
  policy_name: string;
  policy_version: string;
  version: string;
  /** Sent by agents from 7.53 on. */
  os?: string;
  arch?: string;
  origin?: string;
  /** Sent by Linux agents from 7.62 on. */
  kernel_version?: string;
  distribution?: string;
}

export interface EventContext {
  name: EventType | ModernEventType | WindowsEventType;
  category: string;
  /** Windows agents send it only with exec, as `unknown`. */
  outcome?: 'Success' | 'Refused' | 'Error' | 'unknown';
  async?: boolean;
}

/**
 * APM correlation ids; `bigint` values are written as exact digit runs by `serializeEvent`.
 * Agents from 7.57 send strings.
 */
export interface DdContext {
  span_id: number | bigint | string;
  trace_id: number | bigint | string;
}

/**
 * One event body as the agent emits it: the seed-schema sections plus the `agent` and `title`
 * companions. Nested objects may be shared between events and must be treated as read-only.
 */
export interface CwsEvent {
  agent: AgentContext;
  title: string;
  date: string;
  evt: EventContext;
  dd?: DdContext;
  [section: string]: unknown;
}

export interface GeneratedEvent {
  body: CwsEvent;
  host: string;
  service: string;
  tags: string[];
  /** Deterministic opaque log id, as envelopes carry it. */
  id: string;
  /** Event time in epoch milliseconds (the body's `date`, truncated). */
  timeMs: number;
  /** Storyline step name, for events of the intrusion storyline only. */
  story?: string;
}

export interface GenerateOptions {
  seed?: number;
  count: number;
  startMs?: number;
  hosts?: number;
  storyline?: boolean;
  /** How many events (spread over the run) carry `dd` ids above 2^53 as bigint. Default 0. */
  bigIds?: number;
  /**
   * Which agents the hosts run (`agents.ts`): `seed` (default) every host seed-era; `mixed`
   * Linux hosts of several agent releases and a Windows host.
   */
  agents?: Fleet;
}

export interface FileJson {
  path?: string;
  name?: string;
  inode?: number;
  mode?: number;
  in_upper_layer?: boolean;
  mount_id?: number;
  filesystem?: string;
  uid: number;
  gid: number;
  user?: string;
  group?: string;
  attribute_name?: string;
  attribute_namespace?: string;
  flags?: string[];
  access_time?: string;
  modification_time?: string;
  change_time?: string;
  package_name?: string;
  package_version?: string;
}

export interface FileEventJson extends FileJson {
  destination?: FileJson;
}

export interface CredentialsJson {
  uid: number;
  user: string;
  gid: number;
  group: string;
  euid: number;
  euser: string;
  egid: number;
  egroup: string;
  fsuid: number;
  fsuser: string;
  fsgid: number;
  fsgroup: string;
  cap_effective: readonly string[];
  cap_permitted: readonly string[];
  destination?: Record<string, unknown>;
}

export interface ContainerJson {
  id: string;
  created_at: string;
}

export interface ProcessJson {
  pid: number;
  ppid?: number;
  tid?: number;
  uid: number;
  gid: number;
  user?: string;
  group?: string;
  comm: string;
  tty?: string;
  fork_time: string;
  exec_time: string;
  exit_time?: string;
  credentials?: CredentialsJson;
  executable: FileJson;
  container?: ContainerJson;
  argv0: string;
  args?: readonly string[];
  args_truncated?: boolean;
  envs?: readonly string[];
  envs_truncated?: boolean;
  is_thread: boolean;
}

export interface ProcessContextJson extends ProcessJson {
  parent?: ProcessJson;
  ancestors?: ProcessJson[];
}
