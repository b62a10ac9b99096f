/**
 * All SECL constants by name (the agent's `SECLConstants()`): the union of the file, kernel,
 * eBPF, network and error tables, as integers. Identifiers in rules resolve here after macros.
 */
import {
  BPF_ATTACH_TYPES,
  BPF_COMMANDS,
  BPF_HELPERS,
  BPF_MAP_TYPES,
  BPF_PROGRAM_TYPES,
} from './constants-bpf';
import { ERRNO_CONSTANTS } from './constants-errno';
import { FILE_MODES, OPEN_FLAGS, UNLINK_FLAGS } from './constants-file';
import {
  AUDIT,
  CAPABILITIES,
  EXIT_CAUSES,
  MMAP_FLAGS,
  PIPE_BUF_FLAGS,
  PRCTL_OPTIONS,
  PROTECTIONS,
  PTRACE_REQUESTS,
  RLIMITS,
  SIGNALS,
  SOCKET_LEVELS,
  SOCKET_OPTIONS,
  VM_FLAGS,
} from './constants-kernel';
import {
  ADDRESS_FAMILIES,
  DNS_CLASSES,
  DNS_RESPONSE_CODES,
  DNS_TYPES,
  L3_PROTOCOLS,
  L4_PROTOCOLS,
  SOCKET_TYPES,
} from './constants-network';
import type { ConstTable } from './constant-table';

const ALL_TABLES: readonly ConstTable[] = [
  OPEN_FLAGS,
  FILE_MODES,
  UNLINK_FLAGS,
  CAPABILITIES,
  PTRACE_REQUESTS,
  SIGNALS,
  PROTECTIONS,
  VM_FLAGS,
  MMAP_FLAGS,
  PIPE_BUF_FLAGS,
  PRCTL_OPTIONS,
  SOCKET_LEVELS,
  SOCKET_OPTIONS,
  RLIMITS,
  EXIT_CAUSES,
  AUDIT,
  BPF_COMMANDS,
  BPF_MAP_TYPES,
  BPF_PROGRAM_TYPES,
  BPF_ATTACH_TYPES,
  BPF_HELPERS,
  ADDRESS_FAMILIES,
  SOCKET_TYPES,
  DNS_TYPES,
  DNS_CLASSES,
  DNS_RESPONSE_CODES,
  L3_PROTOCOLS,
  L4_PROTOCOLS,
  ERRNO_CONSTANTS,
];

let merged: ReadonlyMap<string, bigint> | undefined;

/** Every SECL constant, name → value. */
export function seclConstants(): ReadonlyMap<string, bigint> {
  if (merged === undefined) {
    const map = new Map<string, bigint>();
    for (const table of ALL_TABLES) {
      for (const [name, value] of Object.entries(table)) {
        if (!map.has(name)) map.set(name, BigInt(value));
      }
    }
    merged = map;
  }
  return merged;
}

/** A constant's value, or `undefined` when `name` is not a constant. */
export function seclConstant(name: string): bigint | undefined {
  return seclConstants().get(name);
}
