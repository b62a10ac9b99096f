/**
 * SECL fields of each event type, dispatched by type: file events read `file` (and
 * `file.destination` as each type fills it), syscall arguments read `syscall.<type>`,
 * exec/exit read `process`, setuid/setgid/capset read `process.credentials.destination`,
 * ptrace/signal targets are process contexts, `<type>.retval` reads `evt.outcome`.
 */
import { OPEN_FLAGS, UNLINK_FLAGS } from './constants-file';
import { CAPABILITIES, EXIT_CAUSES, PTRACE_REQUESTS, SIGNALS } from './constants-kernel';
import { bitsAccess, outcomeAccess, rightsAccess } from './field-access';
import type { FieldDef } from './field-def';
import { ROOT, absentAt, intField, notEvaluable, relPath, strField, under } from './field-def';
import { fileField, fileMetadataField } from './fields-file';
import {
  bpfField,
  capabilitiesField,
  enumField,
  maskField,
  memoryField,
  moduleField,
  mountField,
  prctlField,
  selinuxField,
  setsockoptField,
  spliceField,
  sysctlField,
} from './fields-kernel';
import { dnsField, flowMonitorField, imdsField, packetField, socketField } from './fields-network';
import { processField } from './fields-process';
import { WINDOWS_EVENT_TYPES, windowsField } from './fields-windows';

/** Event types whose `<type>.file.*` reads the body's `file`. */
const FILE_SUBJECT_TYPES: readonly string[] = [
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
  'chdir',
  'splice',
  'mmap',
  'load_module',
];

/** Every Linux event type (SECL trigger). */
export const EVENT_TYPES: readonly string[] = [
  ...FILE_SUBJECT_TYPES,
  'exec',
  'exit',
  'cgroup_write',
  'setuid',
  'setgid',
  'capset',
  'selinux',
  'bpf',
  'unload_module',
  'mprotect',
  'ptrace',
  'signal',
  'dns',
  'imds',
  'bind',
  'connect',
  'accept',
  'mount',
  'sysctl',
  'setsockopt',
  'prctl',
  'capabilities',
  'packet',
  'network_flow_monitor',
  'setrlimit',
];

/** Event types without a syscall return value. */
const NO_RETVAL: readonly string[] = [
  'exec',
  'exit',
  'setuid',
  'setgid',
  'capset',
  'selinux',
  'dns',
  'imds',
  'sysctl',
  'capabilities',
  'packet',
  'network_flow_monitor',
  'cgroup_write',
];

const FILE = under(ROOT, 'file');
const DESTINATION = under(FILE, 'destination');
const SYSCALL_INTS = ['flags', 'mode', 'uid', 'gid', 'dirfd'];

function syscallField(type: string, rest: string): FieldDef | undefined {
  const where = under(ROOT, `syscall.${type}`);
  if (rest === 'path') return strField(where, 'path', { isPath: true });
  if (rest === 'destination.path') return strField(where, 'destination_path', { isPath: true });
  if (SYSCALL_INTS.includes(rest)) return intField(where, rest);
  return undefined;
}

function destinationField(type: string, rest: string): FieldDef | undefined {
  switch (type) {
    case 'rename':
    case 'link':
      return fileField(rest, DESTINATION);
    case 'open':
    case 'chmod':
    case 'mkdir':
      if (rest === 'mode') return intField(DESTINATION, 'mode');
      if (rest === 'rights' && type !== 'open') {
        const mode = relPath(DESTINATION, 'mode');
        return { accessor: rightsAccess([mode], absentAt(DESTINATION, 'mode')) };
      }
      return undefined;
    case 'chown':
      if (rest === 'uid' || rest === 'gid') return intField(DESTINATION, rest);
      if (rest === 'user' || rest === 'group') return strField(DESTINATION, rest);
      return undefined;
    case 'setxattr':
    case 'removexattr':
      if (rest === 'name' || rest === 'namespace') {
        return strField(DESTINATION, `attribute_${rest}`);
      }
      return undefined;
    default:
      return undefined;
  }
}

function fileSubjectField(type: string, rest: string): FieldDef | undefined {
  if (rest.startsWith('file.destination.')) return destinationField(type, rest.slice(17));
  if (rest.startsWith('file.')) return fileField(rest.slice(5), FILE);
  if (rest.startsWith('syscall.')) return syscallField(type, rest.slice(8));
  if (type === 'open' && rest === 'flags') return maskField('file.flags', OPEN_FLAGS);
  if (type === 'unlink' && rest === 'flags') return maskField('file.flags', UNLINK_FLAGS);
  return undefined;
}

const PROCESS_ONLY = { parent: false, ancestors: false };
const PROCESS_TREE = { parent: true, ancestors: true };

function execExitField(type: string, rest: string): FieldDef | undefined {
  if (type === 'exit' && rest === 'cause') return enumField('exit.cause', EXIT_CAUSES);
  if (type === 'exit' && rest === 'code') return intField(ROOT, 'exit.code');
  if (type === 'exec' && rest === 'syscall.path') return syscallField('exec', 'path');
  if (type === 'exec' && rest.startsWith('file.metadata.')) {
    return fileMetadataField(rest.slice(14), under(ROOT, 'file.metadata'));
  }
  return processField(rest, under(ROOT, 'process'), PROCESS_ONLY);
}

const DESTINATION_CREDENTIALS = under(ROOT, 'process.credentials.destination');

function credentialChangeField(type: string, rest: string): FieldDef | undefined {
  if (type === 'capset') {
    if (rest !== 'cap_effective' && rest !== 'cap_permitted') return undefined;
    const path = relPath(DESTINATION_CREDENTIALS, rest);
    return { accessor: bitsAccess([path], CAPABILITIES, 'zero') };
  }
  const ids = type === 'setuid' ? ['uid', 'euid', 'fsuid'] : ['gid', 'egid', 'fsgid'];
  const names = type === 'setuid' ? ['user', 'euser', 'fsuser'] : ['group', 'egroup', 'fsgroup'];
  if (ids.includes(rest)) return intField(DESTINATION_CREDENTIALS, rest);
  if (names.includes(rest)) return strField(DESTINATION_CREDENTIALS, rest);
  return undefined;
}

function targetField(type: string, rest: string): FieldDef | undefined {
  if (type === 'ptrace') {
    if (rest === 'request') return enumField('ptrace.request', PTRACE_REQUESTS);
    if (rest.startsWith('tracee.')) {
      return processField(rest.slice(7), under(ROOT, 'ptrace.tracee'), PROCESS_TREE);
    }
    return undefined;
  }
  if (rest === 'type') return enumField('signal.type', SIGNALS);
  if (rest === 'pid') return intField(ROOT, 'signal.pid');
  if (rest.startsWith('target.')) {
    return processField(rest.slice(7), under(ROOT, 'signal.target'), PROCESS_TREE);
  }
  return undefined;
}

function setrlimitField(rest: string): FieldDef | undefined {
  if (['resource', 'rlim_cur', 'rlim_max'].includes(rest) || rest.startsWith('target.')) {
    return notEvaluable('any', 'setrlimit events have no serializer in exports');
  }
  return undefined;
}

type Handler = (type: string, rest: string) => FieldDef | undefined;

const SPECIFIC: Readonly<Record<string, Handler>> = {
  exec: execExitField,
  exit: execExitField,
  setuid: credentialChangeField,
  setgid: credentialChangeField,
  capset: credentialChangeField,
  ptrace: targetField,
  signal: targetField,
  setrlimit: (_, rest) => setrlimitField(rest),
  selinux: (_, rest) => selinuxField(rest),
  bpf: (_, rest) => bpfField(rest),
  load_module: moduleField,
  unload_module: moduleField,
  mmap: memoryField,
  mprotect: memoryField,
  splice: (_, rest) => spliceField(rest),
  dns: (_, rest) => dnsField(rest),
  imds: (_, rest) => imdsField(rest),
  bind: socketField,
  connect: socketField,
  accept: socketField,
  mount: (_, rest) => mountField(rest),
  sysctl: (_, rest) => sysctlField(rest),
  setsockopt: (_, rest) => setsockoptField(rest),
  prctl: (_, rest) => prctlField(rest),
  cgroup_write: (_, rest) => {
    if (rest === 'pid') return intField(ROOT, 'cgroup_write.pid');
    return rest.startsWith('file.')
      ? fileField(rest.slice(5), under(ROOT, 'cgroup_write.file'))
      : undefined;
  },
  capabilities: (_, rest) => capabilitiesField(rest),
  packet: (_, rest) => packetField(rest),
  network_flow_monitor: (_, rest) => flowMonitorField(rest),
};

/** The field `rest` (after `type.`) of an event type, or `undefined` outside the namespace. */
export function eventField(type: string, rest: string): FieldDef | undefined {
  if (rest === 'retval') {
    if (NO_RETVAL.includes(type)) return undefined;
    return { accessor: outcomeAccess(['evt.outcome']), retval: true };
  }
  if (WINDOWS_EVENT_TYPES.includes(type)) return windowsField(type, rest);
  const specific = SPECIFIC[type]?.(type, rest);
  if (specific !== undefined) return specific;
  return FILE_SUBJECT_TYPES.includes(type) ? fileSubjectField(type, rest) : undefined;
}
