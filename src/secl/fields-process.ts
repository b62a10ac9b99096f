/**
 * SECL process fields (`process.*`, `exec.*`, `exit.*`, `ptrace.tracee.*`, `signal.target.*`,
 * their `parent.*` and `ancestors.*`) mapped onto a JSON process object: `file` becomes
 * `executable`, `tty_name` becomes `tty`, credentials live under `credentials`, `argv` is the
 * `args` list while `args` is its joined string, and flag/option helpers are derived from it.
 */
import { CAPABILITIES } from './constants-kernel';
import {
  bitsAccess,
  countAccess,
  envpAccess,
  flagsAccess,
  ipAccess,
  joinAccess,
  optionsAccess,
} from './field-access';
import type { FieldDef, Where } from './field-def';
import {
  absentAt,
  boolField,
  elementOf,
  intField,
  notEvaluable,
  relPath,
  strField,
  strListField,
  throughIterator,
  timeField,
  under,
} from './field-def';
import { fileField } from './fields-file';

export interface ProcessShape {
  readonly parent: boolean;
  readonly ancestors: boolean;
}

const INTS = ['pid', 'ppid', 'tid'];
const BOOLS = ['is_thread', 'is_kworker', 'args_truncated', 'envs_truncated'];
const CREDENTIAL_INTS = ['euid', 'egid', 'fsuid', 'fsgid', 'auid'];
const CREDENTIAL_STRINGS = ['euser', 'egroup', 'fsuser', 'fsgroup'];
const SESSION_STRINGS = [
  'id',
  'identity',
  'k8s_username',
  'k8s_uid',
  'k8s_session_id',
  'ssh_username',
  'ssh_public_key',
  'ssh_session_id',
];

/** `uid`/`gid`/`user`/`group`: on the process itself in exports, else in its credentials. */
function credential(where: Where, name: string, type: 'int' | 'string'): FieldDef {
  const own = absentAt(where, name) === 'zero' ? name : `credentials.${name}`;
  return type === 'int' ? intField(where, own) : strField(where, own);
}

function argsField(rest: string, where: Where): FieldDef | undefined {
  const args = [relPath(where, 'args')];
  const absent = absentAt(where, 'args');
  switch (rest) {
    case 'argv':
      return strListField(where, 'args');
    case 'args':
      return { accessor: joinAccess(args, absent) };
    case 'args_flags':
      return { accessor: flagsAccess(args, absent) };
    case 'args_options':
      return { accessor: optionsAccess(args, absent) };
    case 'argv0':
      return strField(where, 'argv0');
    case 'envs':
      return strListField(where, 'envs');
    case 'envp':
      return { accessor: envpAccess([relPath(where, 'envs')]) };
    default:
      return undefined;
  }
}

function sessionField(rest: string, where: Where): FieldDef | undefined {
  const session = under(where, 'user_session');
  if (SESSION_STRINGS.includes(rest)) return strField(session, rest);
  if (rest === 'k8s_groups') return strListField(session, rest);
  if (rest === 'ssh_client_ip') return { accessor: ipAccess([relPath(session, rest)]) };
  if (rest === 'ssh_port' || rest === 'ssh_client_port') return intField(session, rest);
  if (rest === 'session_type' || rest === 'ssh_auth_method') {
    return notEvaluable('int', 'an integer in SECL but a name in exports');
  }
  return undefined;
}

function contextField(rest: string, where: Where): FieldDef | undefined {
  switch (rest) {
    case 'container.id':
      return strField(where, 'container.id');
    case 'container.created_at':
      return timeField(where, 'container.created_at');
    case 'container.tags':
      return notEvaluable('string', 'container tags are only in the export envelope', true);
    case 'cgroup.id':
      return strField(where, 'cgroup.id');
    case 'cgroup.version':
    case 'cgroup.file.inode':
    case 'cgroup.file.mount_id':
      return notEvaluable('int', 'not in exported events');
    default:
      return undefined;
  }
}

/** A field of the process object at `where`, by its SECL name after the process prefix. */
export function processField(
  rest: string,
  where: Where,
  shape: ProcessShape,
): FieldDef | undefined {
  if (INTS.includes(rest)) return intField(where, rest);
  if (BOOLS.includes(rest)) return boolField(where, rest);
  if (rest === 'comm') return strField(where, 'comm');
  if (rest === 'tty_name') return strField(where, 'tty');
  if (rest === 'uid' || rest === 'gid') return credential(where, rest, 'int');
  if (rest === 'user' || rest === 'group') return credential(where, rest, 'string');
  if (CREDENTIAL_INTS.includes(rest)) return intField(where, `credentials.${rest}`);
  if (CREDENTIAL_STRINGS.includes(rest)) return strField(where, `credentials.${rest}`);
  if (rest === 'cap_effective' || rest === 'cap_permitted') {
    const sub = `credentials.${rest}`;
    return { accessor: bitsAccess([relPath(where, sub)], CAPABILITIES, absentAt(where, sub)) };
  }
  if (rest === 'caps_attempted' || rest === 'caps_used') {
    return { accessor: bitsAccess([relPath(where, rest)], CAPABILITIES, absentAt(where, rest)) };
  }
  if (rest === 'created_at') return timeField(where, 'exec_time', 'fork_time');
  if (rest === 'is_exec') return notEvaluable('bool', 'not in exported events');
  if (rest === 'cmdline') return notEvaluable('string', 'a Windows field');
  if (rest.startsWith('file.')) return fileField(rest.slice(5), under(where, 'executable'));
  if (rest.startsWith('interpreter.file.')) {
    return fileField(rest.slice('interpreter.file.'.length), under(where, 'interpreter'));
  }
  if (rest.startsWith('user_session.'))
    return sessionField(rest.slice('user_session.'.length), where);
  const args = argsField(rest, where);
  if (args !== undefined) return args;
  const context = contextField(rest, where);
  if (context !== undefined) return context;
  if (shape.parent && rest.startsWith('parent.')) {
    return processField(rest.slice(7), under(where, 'parent'), { parent: false, ancestors: false });
  }
  if (shape.ancestors && rest.startsWith('ancestors')) {
    const { iterator, element } = elementOf(where, 'ancestors');
    if (rest === 'ancestors.length')
      return { accessor: countAccess([relPath(where, 'ancestors')]) };
    if (!rest.startsWith('ancestors.')) return undefined;
    const inner = processField(rest.slice(10), element, { parent: false, ancestors: false });
    return throughIterator(iterator, inner);
  }
  return undefined;
}
