/**
 * SECL fields of kernel-level event types: bpf (`bpf.prog` reads `bpf.program`, enums as
 * names), kernel modules (`load_module` reads `module`), mmap / mprotect protections and flags
 * (`"A | B"` strings as bit masks), mount (dotted keys), selinux, splice pipe flags, sysctl,
 * setsockopt, prctl, cgroup_write and capabilities.
 */
import {
  BPF_ATTACH_TYPES,
  BPF_COMMANDS,
  BPF_HELPERS,
  BPF_MAP_TYPES,
  BPF_PROGRAM_TYPES,
} from './constants-bpf';
import type { ConstTable } from './constant-table';
import { mergeTables } from './constant-table';
import {
  CAPABILITIES,
  MMAP_FLAGS,
  PIPE_BUF_FLAGS,
  PRCTL_OPTIONS,
  PROTECTIONS,
  SOCKET_LEVELS,
  SOCKET_OPTIONS,
  VM_FLAGS,
} from './constants-kernel';
import { ADDRESS_FAMILIES, L4_ALIASES, L4_PROTOCOLS, SOCKET_TYPES } from './constants-network';
import { bitsAccess, enumAccess, joinAccess } from './field-access';
import type { FieldDef } from './field-def';
import {
  ROOT,
  absentAt,
  boolField,
  intField,
  notEvaluable,
  relPath,
  strField,
  strListField,
  under,
} from './field-def';

export function enumField(path: string, table: ConstTable): FieldDef {
  return { accessor: enumAccess([path], table, absentAt(ROOT, path)) };
}

export function maskField(path: string, table: ConstTable): FieldDef {
  return { accessor: bitsAccess([path], table, absentAt(ROOT, path)) };
}

export function bpfField(rest: string): FieldDef | undefined {
  switch (rest) {
    case 'cmd':
      return enumField('bpf.cmd', BPF_COMMANDS);
    case 'map.name':
      return strField(ROOT, 'bpf.map.name');
    case 'map.type':
      return enumField('bpf.map.map_type', BPF_MAP_TYPES);
    case 'prog.name':
      return strField(ROOT, 'bpf.program.name');
    case 'prog.tag':
      return strField(ROOT, 'bpf.program.tag');
    case 'prog.type':
      return enumField('bpf.program.program_type', BPF_PROGRAM_TYPES);
    case 'prog.attach_type':
      return enumField('bpf.program.attach_type', BPF_ATTACH_TYPES);
    case 'prog.helpers':
      return { accessor: enumAccess(['bpf.program.helpers'], BPF_HELPERS, 'zero', true) };
    default:
      return undefined;
  }
}

const MODULE = under(ROOT, 'module');

export function moduleField(type: string, rest: string): FieldDef | undefined {
  if (rest === 'name') return strField(MODULE, 'name');
  if (type === 'unload_module') return undefined;
  if (rest === 'loaded_from_memory' || rest === 'args_truncated') return boolField(MODULE, rest);
  if (rest === 'argv') return strListField(MODULE, 'argv');
  if (rest === 'args')
    return { accessor: joinAccess([relPath(MODULE, 'argv')], absentAt(MODULE, 'argv')) };
  return undefined;
}

export function memoryField(type: string, rest: string): FieldDef | undefined {
  if (type === 'mmap' && rest === 'protection') return maskField('mmap.protection', PROTECTIONS);
  if (type === 'mmap' && rest === 'flags') return maskField('mmap.flags', MMAP_FLAGS);
  if (type === 'mprotect' && (rest === 'vm_protection' || rest === 'req_protection')) {
    return maskField(`mprotect.${rest}`, mergeTables(VM_FLAGS, PROTECTIONS));
  }
  return undefined;
}

const MOUNT = under(ROOT, 'mount');

export function mountField(rest: string): FieldDef | undefined {
  switch (rest) {
    case 'mountpoint.path':
    case 'source.path':
      return strField(MOUNT, rest, { isPath: true });
    case 'root.path':
      // The serializer fills `mp` with the mount's root and `root` with its mount point.
      return strField(MOUNT, 'mp.path', { isPath: true });
    case 'fs_type':
      return strField(MOUNT, 'fs_type');
    case 'detached':
    case 'visible':
      return boolField(MOUNT, rest);
    case 'syscall.fs_type':
      return strField(ROOT, 'syscall.mount.fs_type');
    case 'syscall.mountpoint.path':
    case 'syscall.source.path':
      return notEvaluable('string', 'the export names these syscall arguments differently');
    default:
      return undefined;
  }
}

export function selinuxField(rest: string): FieldDef | undefined {
  if (rest === 'bool.name' || rest === 'bool.state' || rest === 'enforce.status') {
    return strField(ROOT, `selinux.${rest}`);
  }
  if (rest === 'bool_commit.state') return boolField(ROOT, 'selinux.bool_commit.state');
  return undefined;
}

export function spliceField(rest: string): FieldDef | undefined {
  if (rest === 'pipe_entry_flag' || rest === 'pipe_exit_flag') {
    return maskField(`splice.${rest}`, PIPE_BUF_FLAGS);
  }
  return undefined;
}

export function sysctlField(rest: string): FieldDef | undefined {
  const sysctl = under(ROOT, 'sysctl');
  if (['name', 'value', 'old_value'].includes(rest)) return strField(sysctl, rest);
  if (['name_truncated', 'value_truncated', 'old_value_truncated'].includes(rest)) {
    return boolField(sysctl, rest);
  }
  if (rest === 'file_position') return intField(sysctl, rest);
  if (rest === 'action') return notEvaluable('int', 'an integer in SECL but a name in exports');
  return undefined;
}

const L4 = mergeTables(L4_PROTOCOLS, L4_ALIASES);

export function setsockoptField(rest: string): FieldDef | undefined {
  const tables: Readonly<Record<string, ConstTable>> = {
    level: SOCKET_LEVELS,
    optname: SOCKET_OPTIONS,
    socket_type: SOCKET_TYPES,
    socket_family: ADDRESS_FAMILIES,
    socket_protocol: L4,
  };
  const table = tables[rest];
  if (table !== undefined) return enumField(`setsockopt.${rest}`, table);
  if (rest === 'filter_len') return intField(ROOT, 'setsockopt.filter_len');
  if (rest === 'is_filter_truncated') return boolField(ROOT, 'setsockopt.is_filter_truncated');
  if (rest === 'filter_hash') return strField(ROOT, 'setsockopt.filter_hash');
  if (rest === 'filter_instructions' || rest === 'used_immediates') {
    return notEvaluable('any', 'not in exported events');
  }
  return undefined;
}

export function prctlField(rest: string): FieldDef | undefined {
  if (rest === 'option') return enumField('prctl.option', PRCTL_OPTIONS);
  if (rest === 'new_name') return strField(ROOT, 'prctl.new_name');
  if (rest === 'is_name_truncated') return boolField(ROOT, 'prctl.is_name_truncated');
  return undefined;
}

export function capabilitiesField(rest: string): FieldDef | undefined {
  if (rest !== 'attempted' && rest !== 'used') return undefined;
  const path = `capabilities.caps_${rest}`;
  return { accessor: bitsAccess([path], CAPABILITIES, 'zero') };
}
