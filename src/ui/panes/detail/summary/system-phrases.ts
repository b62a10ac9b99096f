/**
 * Summary phrases of the process-control events of newer agents: capabilities used and
 * attempted, a sysctl read or written (`set sysctl kernel.yama.ptrace_scope = 0`), a socket
 * option set, a prctl call, a process moved into a cgroup, the syscalls a process made.
 */
import { itemsOf, member, scalarText, stringsOf, textOf } from '../body/json-access';
import { filePath, nameList } from './phrase-helpers';
import type { Phrase } from './phrase-helpers';

const capabilities: Phrase = (body, out) => {
  const section = member(body, 'capabilities');
  const used = stringsOf(member(section, 'caps_used')) ?? [];
  const attempted = stringsOf(member(section, 'caps_attempted')) ?? [];
  out.text('used the capabilities ');
  out.value(nameList(used), 'capabilities.caps_used');
  const denied = attempted.filter((cap) => !used.includes(cap));
  if (denied.length > 0) {
    out.text('; attempted without success ');
    out.value(nameList(denied), 'capabilities.caps_attempted');
  }
};

const sysctl: Phrase = (body, out) => {
  const section = member(body, 'sysctl');
  const action = textOf(member(section, 'action'));
  const value = scalarText(member(section, 'value'));
  const oldValue = scalarText(member(section, 'old_value'));
  const isWrite = action === 'write';
  out.text(isWrite ? 'set sysctl ' : `${action === 'read' ? 'read' : 'accessed'} sysctl `);
  out.field(member(section, 'name'), 'sysctl.name', '(no name)');
  if (isWrite && value !== undefined) {
    out.text(' = ').value(value, 'sysctl.value');
    if (oldValue !== undefined && oldValue !== '')
      out.text(' (was ').value(oldValue, 'sysctl.old_value').text(')');
  }
};

const setsockopt: Phrase = (body, out) => {
  const section = member(body, 'setsockopt');
  out.text('set the socket option ');
  out.field(member(section, 'optname'), 'setsockopt.optname', '?');
  out.text(' at level ').field(member(section, 'level'), 'setsockopt.level', '?');
  const family = textOf(member(section, 'socket_family'));
  if (family !== undefined && family !== '')
    out.text(' on an ').value(family, 'setsockopt.socket_family').text(' socket');
  if (member(section, 'filter') !== undefined) out.text(' — ').alert('socket filter attached');
};

const prctl: Phrase = (body, out) => {
  const section = member(body, 'prctl');
  out.text('called prctl ').field(member(section, 'option'), 'prctl.option', '?');
  const newName = textOf(member(section, 'new_name'));
  if (newName !== undefined && newName !== '')
    out.text(', renaming itself ').value(newName, 'prctl.new_name');
};

const cgroupWrite: Phrase = (body, out) => {
  const section = member(body, 'cgroup_write');
  out.text('moved pid ').field(member(section, 'pid'), 'cgroup_write.pid', '?');
  out.text(' into the cgroup ');
  filePath(member(section, 'file'), 'cgroup_write.file', out);
};

const syscalls: Phrase = (body, out) => {
  const names = itemsOf(member(body, 'syscalls')).flatMap((item) => {
    const name = textOf(member(item, 'name'));
    return name === undefined || name === '' ? [] : [name];
  });
  out.text('made the syscalls ').value(nameList(names, 5), 'syscalls.name');
};

export const SYSTEM_PHRASES: Readonly<Record<string, Phrase>> = {
  capabilities,
  sysctl,
  setsockopt,
  prctl,
  cgroup_write: cgroupWrite,
  syscalls,
};
