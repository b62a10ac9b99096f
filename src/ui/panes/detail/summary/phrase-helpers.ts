/**
 * Shared pieces of the summary phrases: who did it (`cat (pid 4121, root)`), a process named
 * by command and pid, command lines quoted the way a shell would take them back, file paths,
 * network endpoints.
 */
import type { JsonNode } from '../json-model';
import { member, memberAt, scalarText, stringsOf, textOf } from '../body/json-access';
import type { PartsBuilder } from './summary-parts';

/** A phrase: appends what the event did (after the subject) to the builder. */
export type Phrase = (body: JsonNode, out: PartsBuilder) => void;

const SHELL_SAFE = /^[\w@%+=:,./-]+$/;

/** One argument as a shell would read it back: bare when safe, else single-quoted. */
export function shellQuote(arg: string): string {
  if (SHELL_SAFE.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

export function commandLine(args: readonly string[]): string {
  return args.map(shellQuote).join(' ');
}

/** The last path component, for a process known only by its executable path. */
function baseName(path: string): string {
  const cut = path.replace(/\/+$/, '');
  return cut.slice(cut.lastIndexOf('/') + 1) || path;
}

/**
 * A process as `name (pid N, user)`: the command name, else the executable's name; the user
 * name, else its uid. `path` is the process's field path (`process`, `signal.target`).
 */
export function processLabel(
  node: JsonNode | undefined,
  path: string,
  out: PartsBuilder,
  withUser: boolean,
): void {
  const comm = textOf(member(node, 'comm'));
  const exeName = textOf(memberAt(node, ['executable', 'name']));
  const exePath = textOf(memberAt(node, ['executable', 'path']));
  if (comm !== undefined && comm !== '') out.value(comm, `${path}.comm`);
  else if (exeName !== undefined && exeName !== '') out.value(exeName, `${path}.executable.name`);
  else if (exePath !== undefined && exePath !== '')
    out.value(baseName(exePath), `${path}.executable.path`);
  else out.text(path === 'process' ? 'A process' : 'a process');

  const details: Array<[text: string, path: string, prefix: string]> = [];
  const pid = scalarText(member(node, 'pid'));
  if (pid !== undefined) details.push([pid, `${path}.pid`, 'pid ']);
  if (withUser) {
    const user = textOf(member(node, 'user')) ?? textOf(memberAt(node, ['credentials', 'user']));
    const uid = scalarText(member(node, 'uid'));
    if (user !== undefined && user !== '') {
      const userPath =
        member(node, 'user') !== undefined ? `${path}.user` : `${path}.credentials.user`;
      details.push([user, userPath, '']);
    } else if (uid !== undefined) details.push([uid, `${path}.uid`, 'uid ']);
  }
  if (details.length === 0) return;
  out.text(' (');
  details.forEach(([text, valuePath, prefix], i) => {
    out.text(`${i > 0 ? ', ' : ''}${prefix}`).value(text, valuePath);
  });
  out.text(')');
}

/** A file by its path (else its name), or words saying the path is unknown. */
export function filePath(file: JsonNode | undefined, path: string, out: PartsBuilder): void {
  const full = textOf(member(file, 'path'));
  const name = textOf(member(file, 'name'));
  if (full !== undefined && full !== '') out.value(full, `${path}.path`);
  else if (name !== undefined && name !== '') out.value(name, `${path}.name`);
  else out.text('a file with no path');
}

/** A list of names, the first `shown` of them and how many more. */
export function nameList(names: readonly string[], shown = 3): string {
  if (names.length === 0) return 'none';
  const head = names.slice(0, shown).join(', ');
  return names.length > shown ? `${head} +${names.length - shown} more` : head;
}

/** The command line of a process (its arguments after argv0), when it has one. */
export function processArgs(node: JsonNode | undefined): string[] | undefined {
  return stringsOf(member(node, 'args'));
}

/** `10.0.0.1:53`, `[fe80::1]:53` for IPv6. */
export function address(node: JsonNode | undefined, path: string, out: PartsBuilder): void {
  const ip = textOf(member(node, 'ip'));
  const isV6 = ip?.includes(':') === true;
  if (isV6) out.text('[');
  out.field(member(node, 'ip'), `${path}.ip`, '?');
  if (isV6) out.text(']');
  out.text(':').field(member(node, 'port'), `${path}.port`, '?');
}
