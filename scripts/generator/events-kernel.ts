/**
 * Kernel activity events: selinux, bpf, load_module, unload_module, mmap, mprotect and mount.
 * Enum and bitmask values are written as the agent writes them: names, and `" | "`-joined
 * sorted names for protection and mapping flags; addresses as `0x…` hex strings.
 */
import type { HostSim } from './host-sim';
import type { FileInit } from './files';
import { MODE_DIR, S_IFREG } from './files';
import type { Proc } from './process';
import type { RuleId } from './rules';

export function hexAddress(value: number): string {
  return `0x${value.toString(16)}`;
}

/** A user-space mapping address like `0x7f3c2a1b0000` (page aligned). */
export function randomAddress(h: HostSim): string {
  const high = 0x7f00 + h.rng.int(0xff);
  const low = h.rng.int(0x100000) * 0x1000;
  return `0x${high.toString(16)}${low.toString(16).padStart(8, '0')}`;
}

export type SelinuxChange =
  | { kind: 'enforce'; status: 'enforcing' | 'permissive' | 'disabled' }
  | { kind: 'bool'; name: string; state: 'on' | 'off' }
  | { kind: 'commit' };

export function selinux(
  h: HostSim,
  p: Proc,
  change: SelinuxChange,
  rule: RuleId = 'selinux_change',
): void {
  const body = h.begin(p, 'selinux', rule);
  let path: string;
  if (change.kind === 'enforce') {
    body['selinux'] = { enforce: { status: change.status } };
    path = '/sys/fs/selinux/enforce';
  } else if (change.kind === 'bool') {
    body['selinux'] = { bool: { name: change.name, state: change.state } };
    path = `/sys/fs/selinux/booleans/${change.name}`;
  } else {
    body['selinux'] = { bool_commit: { state: true } };
    path = '/sys/fs/selinux/commit_pending_bools';
  }
  body['file'] = p.fs.get(path, { mode: S_IFREG | 0o644 });
  h.commit(p, body);
}

export interface BpfProgramSpec {
  name: string;
  programType: string;
  attachType?: string;
  helpers: readonly string[];
}

export function bpfProgLoad(
  h: HostSim,
  p: Proc,
  prog: BpfProgramSpec,
  rule: RuleId = 'bpf_audit',
): void {
  const body = h.begin(p, 'bpf', rule);
  const program: Record<string, unknown> = {
    name: prog.name,
    tag: h.rng.hex(16),
    program_type: prog.programType,
  };
  if (prog.attachType !== undefined) program['attach_type'] = prog.attachType;
  program['helpers'] = prog.helpers;
  body['bpf'] = { cmd: 'BPF_PROG_LOAD', program };
  h.commit(p, body);
}

export function bpfMapCreate(
  h: HostSim,
  p: Proc,
  name: string,
  mapType: string,
  rule: RuleId = 'bpf_audit',
): void {
  const body = h.begin(p, 'bpf', rule);
  body['bpf'] = { cmd: 'BPF_MAP_CREATE', map: { name, map_type: mapType } };
  h.commit(p, body);
}

export function loadModule(
  h: HostSim,
  p: Proc,
  name: string,
  path: string | undefined,
  rule: RuleId = 'kernel_module_load',
  pkg?: string,
): void {
  const body = h.begin(p, 'load_module', rule);
  body['module'] = { name, loaded_from_memory: path === undefined };
  if (path !== undefined)
    body['file'] = p.fs.get(path, { pkg, ver: pkg === undefined ? undefined : h.kernel });
  h.commit(p, body);
}

export function unloadModule(
  h: HostSim,
  p: Proc,
  name: string,
  rule: RuleId = 'kernel_module_unload',
): void {
  const body = h.begin(p, 'unload_module', rule);
  body['module'] = { name };
  h.commit(p, body);
}

export interface MmapSpec {
  path?: string;
  init?: FileInit;
  length: number;
  offset?: number;
  protection: string;
  flags: string;
}

export function mmap(h: HostSim, p: Proc, spec: MmapSpec, rule: RuleId = 'mmap_exec_audit'): void {
  const body = h.begin(p, 'mmap', rule);
  body['mmap'] = {
    address: randomAddress(h),
    offset: spec.offset ?? 0,
    length: spec.length,
    protection: spec.protection,
    flags: spec.flags,
  };
  if (spec.path !== undefined) body['file'] = p.fs.get(spec.path, spec.init);
  h.commit(p, body);
}

export function mprotect(
  h: HostSim,
  p: Proc,
  length: number,
  from: string,
  to: string,
  rule: RuleId = 'mprotect_audit',
): void {
  const body = h.begin(p, 'mprotect', rule);
  const start = randomAddress(h);
  const end = hexAddress(Number.parseInt(start.slice(2), 16) + length);
  body['mprotect'] = { vm_start: start, vm_end: end, vm_protection: from, req_protection: to };
  h.commit(p, body);
}

export interface MountSpec {
  mountpoint: string;
  source: string;
  fsType: string;
  mountId: number;
  parentMountId: number;
  bindSourceMountId?: number;
  device: number;
}

/**
 * A mount. Like the agent, `mp` describes the root of the mounted tree and `root` the mount
 * point (the two names are swapped in the serializer); the dotted keys carry the paths.
 */
export function mount(h: HostSim, p: Proc, spec: MountSpec, rule: RuleId = 'mount_audit'): void {
  const body = h.begin(p, 'mount', rule);
  const mp = p.fs.get(spec.mountpoint, { mode: MODE_DIR });
  const rootPath = spec.source.startsWith('/') ? spec.source : '/';
  const root = spec.source.startsWith('/')
    ? h.fs.get(rootPath, { mode: MODE_DIR })
    : { ...mp, path: '/', name: '/' };
  body['mount'] = {
    mp: root,
    root: mp,
    mount_id: spec.mountId,
    group_id: 0,
    parent_mount_id: spec.parentMountId,
    bind_src_mount_id: spec.bindSourceMountId ?? 0,
    device: spec.device,
    fs_type: spec.fsType,
    'mountpoint.path': spec.mountpoint,
    'source.path': spec.source.startsWith('/') ? spec.source : '',
  };
  h.commit(p, body);
}
