/**
 * Summary phrases of process events: exec (binary, arguments, who started it), exit (code or
 * killing signal), credential changes (setuid, setgid, capset: the new values are in
 * `process.credentials.destination`), signals and ptrace (acting on another process).
 */
import type { JsonNode } from '../json-model';
import {
  itemsOf,
  member,
  memberAt,
  numberOf,
  scalarText,
  stringsOf,
  textOf,
} from '../body/json-access';
import { signalName } from '../describe/signal-names';
import { commandLine, nameList, processArgs, processLabel } from './phrase-helpers';
import type { Phrase } from './phrase-helpers';

const credentials = (body: JsonNode) => memberAt(body, ['process', 'credentials']);
const newCredentials = (body: JsonNode) => member(credentials(body), 'destination');

/** Capabilities in `after` and not in `before`, and the reverse. */
function capabilityChange(before: readonly string[], after: readonly string[]) {
  return {
    added: after.filter((c) => !before.includes(c)).length,
    dropped: before.filter((c) => !after.includes(c)).length,
  };
}

const exec: Phrase = (body, out) => {
  out.text('executed ');
  const filePath = textOf(memberAt(body, ['file', 'path']));
  if (filePath !== undefined && filePath !== '') out.value(filePath, 'file.path');
  else
    out.field(
      memberAt(body, ['process', 'executable', 'path']),
      'process.executable.path',
      'a program with no path',
    );
  const args = processArgs(member(body, 'process'));
  const cmdline = textOf(memberAt(body, ['process', 'cmdline']));
  if (args !== undefined && args.length > 0) out.text(' ').value(commandLine(args), 'process.args');
  // Windows agents send the whole command line as one string instead of the arguments.
  else if (cmdline !== undefined && cmdline !== '')
    out.text(' as ').value(cmdline, 'process.cmdline');
  const parent = member(member(body, 'process'), 'parent');
  const ancestor = itemsOf(memberAt(body, ['process', 'ancestors']))[0];
  if (parent !== undefined) {
    out.text(', started by ');
    processLabel(parent, 'process.parent', out, false);
  } else if (ancestor !== undefined) {
    out.text(', started by ');
    processLabel(ancestor, 'process.ancestors', out, false);
  }
};

const exit: Phrase = (body, out) => {
  const exitNode = member(body, 'exit');
  const cause = textOf(member(exitNode, 'cause'));
  const code = member(exitNode, 'code');
  const signal = signalName(numberOf(code) ?? -1);
  const signalWords = signal === undefined ? '' : ` (${signal})`;
  switch (cause) {
    case 'SIGNALED':
      out.text('was killed by signal ').field(code, 'exit.code', '?').text(signalWords);
      return;
    case 'COREDUMPED':
      out.text('dumped core on signal ').field(code, 'exit.code', '?').text(signalWords);
      return;
    case 'EXITED':
    case undefined:
      out.text('exited with code ').field(code, 'exit.code', '?');
      return;
    default:
      out.text('exited (').value(cause, 'exit.cause').text(', code ').field(code, 'exit.code', '?');
      out.text(')');
  }
};

const setuid: Phrase = (body, out) => {
  const dest = newCredentials(body);
  const user = textOf(member(dest, 'user')) ?? textOf(member(dest, 'euser'));
  const uid = scalarText(member(dest, 'uid')) ?? scalarText(member(dest, 'euid'));
  out.text('switched its user to ');
  if (user !== undefined && user !== '')
    out.value(
      user,
      `process.credentials.destination.${member(dest, 'user') !== undefined ? 'user' : 'euser'}`,
    );
  if (uid !== undefined) {
    const key = member(dest, 'uid') !== undefined ? 'uid' : 'euid';
    out.text(user === undefined || user === '' ? `${key} ` : ` (${key} `);
    out.value(uid, `process.credentials.destination.${key}`);
    if (user !== undefined && user !== '') out.text(')');
  }
  if (user === undefined && uid === undefined) out.text('(not recorded)');
};

const setgid: Phrase = (body, out) => {
  const dest = newCredentials(body);
  const group = textOf(member(dest, 'group')) ?? textOf(member(dest, 'egroup'));
  const gid = scalarText(member(dest, 'gid')) ?? scalarText(member(dest, 'egid'));
  out.text('switched its group to ');
  if (group !== undefined && group !== '')
    out.value(
      group,
      `process.credentials.destination.${member(dest, 'group') !== undefined ? 'group' : 'egroup'}`,
    );
  if (gid !== undefined) {
    const key = member(dest, 'gid') !== undefined ? 'gid' : 'egid';
    out.text(group === undefined || group === '' ? `${key} ` : ` (${key} `);
    out.value(gid, `process.credentials.destination.${key}`);
    if (group !== undefined && group !== '') out.text(')');
  }
  if (group === undefined && gid === undefined) out.text('(not recorded)');
};

const capset: Phrase = (body, out) => {
  const dest = newCredentials(body);
  const effective = stringsOf(member(dest, 'cap_effective'));
  const permitted = stringsOf(member(dest, 'cap_permitted'));
  out.text('set its capabilities');
  if (effective === undefined && permitted === undefined) {
    out.text(' (new sets not recorded)');
    return;
  }
  const sets: Array<[name: string, key: string, caps: string[]]> = [];
  if (effective !== undefined) sets.push(['effective', 'cap_effective', effective]);
  if (permitted !== undefined) sets.push(['permitted', 'cap_permitted', permitted]);
  sets.forEach(([name, key, caps], i) => {
    out.text(`${i === 0 ? ': ' : '; '}${name} `);
    out.value(nameList(caps), `process.credentials.destination.${key}`);
    const before = stringsOf(member(credentials(body), key));
    if (before === undefined) return;
    const { added, dropped } = capabilityChange(before, caps);
    const changes = [added > 0 ? `adding ${added}` : '', dropped > 0 ? `dropping ${dropped}` : '']
      .filter((s) => s !== '')
      .join(', ');
    if (changes !== '') out.text(` (${changes})`);
  });
};

const signal: Phrase = (body, out) => {
  const signalNode = member(body, 'signal');
  out.text('sent ').field(member(signalNode, 'type'), 'signal.type', 'a signal').text(' to ');
  const target = member(signalNode, 'target');
  if (target !== undefined) processLabel(target, 'signal.target', out, false);
  else out.text('pid ').field(member(signalNode, 'pid'), 'signal.pid', '?');
};

const ptrace: Phrase = (body, out) => {
  const ptraceNode = member(body, 'ptrace');
  out
    .text('used ptrace ')
    .field(member(ptraceNode, 'request'), 'ptrace.request', '(unknown request)');
  out.text(' on ');
  const tracee = member(ptraceNode, 'tracee');
  if (tracee !== undefined) processLabel(tracee, 'ptrace.tracee', out, false);
  else out.text('an unrecorded process');
};

export const PROCESS_PHRASES: Readonly<Record<string, Phrase>> = {
  exec,
  exit,
  fork: (_body, out) => {
    out.text('forked');
  },
  setuid,
  setgid,
  capset,
  signal,
  ptrace,
};
