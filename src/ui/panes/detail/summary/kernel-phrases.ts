/**
 * Summary phrases of kernel and network events: DNS questions, socket binds, kernel modules,
 * BPF commands, memory mappings and protection changes (writable + executable is flagged),
 * SELinux changes and mounts.
 */
import { formatBytes } from '../../../../lib/format';
import type { JsonNode } from '../json-model';
import { isTrue, member, numberOf, textOf } from '../body/json-access';
import { readProtection } from '../describe/memory-protection';
import type { PartsBuilder } from './summary-parts';
import { address, filePath } from './phrase-helpers';
import type { Phrase } from './phrase-helpers';

function protection(node: JsonNode | undefined, path: string, out: PartsBuilder): boolean {
  const text = textOf(node);
  if (text === undefined) {
    out.text('?');
    return false;
  }
  const prot = readProtection(text);
  out.value(prot.short, path);
  return prot.isWritableExecutable;
}

const WRITABLE_EXECUTABLE = 'writable and executable';

const bpf: Phrase = (body, out) => {
  const bpfNode = member(body, 'bpf');
  out.text('ran ').field(member(bpfNode, 'cmd'), 'bpf.cmd', 'a BPF command');
  const map = member(bpfNode, 'map');
  const program = member(bpfNode, 'program');
  if (program !== undefined) {
    out.text(' for program ').field(member(program, 'name'), 'bpf.program.name', '(unnamed)');
    const type = textOf(member(program, 'program_type'));
    if (type !== undefined) out.text(' (').value(type, 'bpf.program.program_type').text(')');
  }
  if (map !== undefined) {
    out.text(' on map ').field(member(map, 'name'), 'bpf.map.name', '(unnamed)');
    const type = textOf(member(map, 'map_type'));
    if (type !== undefined) out.text(' (').value(type, 'bpf.map.map_type').text(')');
  }
};

const mmap: Phrase = (body, out) => {
  const mmapNode = member(body, 'mmap');
  const length = numberOf(member(mmapNode, 'length'));
  out.text('mapped ');
  if (length !== undefined) out.value(formatBytes(length), 'mmap.length').text(' ');
  out.text('at ').field(member(mmapNode, 'address'), 'mmap.address', '?');
  const fileNode = member(body, 'file');
  if (fileNode !== undefined) {
    out.text(' from ');
    filePath(fileNode, 'file', out);
  }
  out.text(' as ');
  if (protection(member(mmapNode, 'protection'), 'mmap.protection', out))
    out.text(' — ').alert(WRITABLE_EXECUTABLE);
};

const mprotect: Phrase = (body, out) => {
  const node = member(body, 'mprotect');
  out.text('changed the protection of ');
  out.field(member(node, 'vm_start'), 'mprotect.vm_start', '?').text('–');
  out.field(member(node, 'vm_end'), 'mprotect.vm_end', '?').text(' from ');
  protection(member(node, 'vm_protection'), 'mprotect.vm_protection', out);
  out.text(' to ');
  if (protection(member(node, 'req_protection'), 'mprotect.req_protection', out))
    out.text(' — ').alert(WRITABLE_EXECUTABLE);
};

const selinux: Phrase = (body, out) => {
  const node = member(body, 'selinux');
  const bool = member(node, 'bool');
  const enforce = member(node, 'enforce');
  const commit = member(node, 'bool_commit');
  if (bool !== undefined) {
    out.text('set the SELinux boolean ').field(member(bool, 'name'), 'selinux.bool.name', '?');
    out.text(' to ').field(member(bool, 'state'), 'selinux.bool.state', '?');
  } else if (enforce !== undefined) {
    out.text('set SELinux enforcement to ');
    out.field(member(enforce, 'status'), 'selinux.enforce.status', '?');
  } else if (commit !== undefined) {
    out.text('committed SELinux boolean changes');
  } else {
    out.text('changed SELinux settings');
  }
};

const mount: Phrase = (body, out) => {
  const node = member(body, 'mount');
  out.text('mounted ');
  const fsType = textOf(member(node, 'fs_type'));
  if (fsType !== undefined && fsType !== '') out.value(fsType, 'mount.fs_type').text(' ');
  out.text('on ');
  // The dotted keys hold the mount point and source; `mp`/`root` paths can look swapped.
  const mountpoint = textOf(member(node, 'mountpoint.path'));
  if (mountpoint !== undefined && mountpoint !== '') out.value(mountpoint, 'mount.mountpoint.path');
  else filePath(member(node, 'mp'), 'mount.mp', out);
  const source = textOf(member(node, 'source.path'));
  if (source !== undefined && source !== '') out.text(' from ').value(source, 'mount.source.path');
};

export const KERNEL_PHRASES: Readonly<Record<string, Phrase>> = {
  dns: (body, out) => {
    const question = member(member(body, 'dns'), 'question');
    out.text('asked DNS for ').field(member(question, 'name'), 'dns.question.name', '(no name)');
    const type = textOf(member(question, 'type'));
    if (type !== undefined) out.text(' (').value(type, 'dns.question.type').text(')');
  },
  bind: (body, out) => {
    const addr = member(member(body, 'bind'), 'addr');
    out.text('bound a socket to ');
    address(addr, 'bind.addr', out);
    const family = textOf(member(addr, 'family'));
    if (family !== undefined) out.text(' (').value(family, 'bind.addr.family').text(')');
  },
  load_module: (body, out) => {
    const moduleNode = member(body, 'module');
    out
      .text('loaded the kernel module ')
      .field(member(moduleNode, 'name'), 'module.name', '(unnamed)');
    if (isTrue(member(moduleNode, 'loaded_from_memory'))) out.text(' ').alert('from memory');
    else if (member(body, 'file') !== undefined) {
      out.text(' from ');
      filePath(member(body, 'file'), 'file', out);
    }
  },
  unload_module: (body, out) => {
    out.text('unloaded the kernel module ');
    out.field(member(member(body, 'module'), 'name'), 'module.name', '(unnamed)');
  },
  bpf,
  mmap,
  mprotect,
  selinux,
  mount,
};
