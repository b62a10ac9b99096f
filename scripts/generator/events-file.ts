/**
 * File activity events: open, chmod, chown, link, mkdir, rmdir, rename, unlink, utimes,
 * setxattr, removexattr and splice. Each fills `file` (and `file.destination` where the agent
 * does) from the file table of the acting process and applies the change to that table.
 */
import type { HostSim, Outcome } from './host-sim';
import type { FileInit } from './files';
import { MODE_DIR, S_IFDIR, S_IFREG } from './files';
import type { Identity } from './identities';
import type { Proc } from './process';
import type { RuleId } from './rules';
import type { FileEventJson, FileJson } from './types';

export const O = {
  read: ['O_RDONLY'],
  readCloexec: ['O_CLOEXEC', 'O_RDONLY'],
  readDir: ['O_CLOEXEC', 'O_DIRECTORY', 'O_NONBLOCK', 'O_RDONLY'],
  write: ['O_WRONLY'],
  rdwr: ['O_RDWR'],
  create: ['O_CREAT', 'O_TRUNC', 'O_WRONLY'],
  createExcl: ['O_CLOEXEC', 'O_CREAT', 'O_EXCL', 'O_RDWR'],
  append: ['O_APPEND', 'O_CREAT', 'O_WRONLY'],
} as const satisfies Record<string, readonly string[]>;

export interface OpenOptions {
  /** Open flags (names). */
  flags?: readonly string[];
  /** Creates the file (O_CREAT on a missing path) with these permission bits. */
  create?: number;
  init?: FileInit;
  rule?: RuleId;
  outcome?: Outcome;
}

export function open(h: HostSim, p: Proc, path: string, options: OpenOptions = {}): FileJson {
  const flags = options.flags ?? O.readCloexec;
  const outcome = options.outcome ?? 'Success';
  const body = h.begin(
    p,
    'open',
    options.rule ?? (options.create === undefined ? 'fim_open' : 'fim_write'),
    outcome,
  );
  let file: FileJson;
  if (options.create !== undefined && outcome === 'Success' && !p.fs.has(path)) {
    const owner: Identity = {
      uid: p.creds.fsuid,
      user: p.creds.fsuser,
      gid: p.creds.fsgid,
      group: p.creds.fsgroup,
    };
    file = p.fs.create(
      path,
      { owner, ...options.init, mode: S_IFREG | options.create },
      h.sim.lastNs,
    );
  } else {
    file = p.fs.get(path, options.init);
  }
  const section: FileEventJson = { ...file, flags: flags as string[] };
  if (options.create !== undefined) section.destination = { mode: options.create, uid: 0, gid: 0 };
  body['file'] = section;
  h.commit(p, body);
  return file;
}

export function chmod(
  h: HostSim,
  p: Proc,
  path: string,
  perm: number,
  rule: RuleId = 'fim_chmod',
): void {
  const body = h.begin(p, 'chmod', rule);
  const file = p.fs.get(path);
  body['file'] = { ...file, destination: { mode: perm, uid: 0, gid: 0 } };
  h.commit(p, body);
  const type = (file.mode ?? S_IFREG) & 0o170000;
  p.fs.update(path, { mode: type | perm, change_time: body.date });
}

export function chown(
  h: HostSim,
  p: Proc,
  path: string,
  to: Identity,
  rule: RuleId = 'fim_chown',
): void {
  const body = h.begin(p, 'chown', rule);
  const file = p.fs.get(path);
  body['file'] = {
    ...file,
    destination: { uid: to.uid, gid: to.gid, user: to.user, group: to.group },
  };
  h.commit(p, body);
  p.fs.update(path, {
    uid: to.uid,
    gid: to.gid,
    user: to.user,
    group: to.group,
    change_time: body.date,
  });
}

/** A link (the source stays) or a rename (it goes): the file and its destination side by side. */
function relocate(
  h: HostSim,
  p: Proc,
  type: 'link' | 'rename',
  from: string,
  to: string,
  rule: RuleId,
): void {
  const body = h.begin(p, type, rule);
  const source = p.fs.get(from);
  const target = p.fs.move(from, to, type === 'link');
  body['file'] = { ...source, destination: target };
  h.commit(p, body);
}

export function link(
  h: HostSim,
  p: Proc,
  from: string,
  to: string,
  rule: RuleId = 'fim_link',
): void {
  relocate(h, p, 'link', from, to, rule);
}

export function rename(
  h: HostSim,
  p: Proc,
  from: string,
  to: string,
  rule: RuleId = 'fim_rename',
): void {
  relocate(h, p, 'rename', from, to, rule);
}

export function mkdir(
  h: HostSim,
  p: Proc,
  path: string,
  perm = 0o755,
  rule: RuleId = 'fim_mkdir',
): void {
  const body = h.begin(p, 'mkdir', rule);
  const owner: Identity = {
    uid: p.creds.fsuid,
    user: p.creds.fsuser,
    gid: p.creds.fsgid,
    group: p.creds.fsgroup,
  };
  const dir = p.fs.create(path, { owner, mode: S_IFDIR | perm }, h.sim.lastNs);
  body['file'] = { ...dir, destination: { mode: perm, uid: 0, gid: 0 } };
  h.commit(p, body);
}

export function rmdir(h: HostSim, p: Proc, path: string, rule: RuleId = 'fim_rmdir'): void {
  const body = h.begin(p, 'rmdir', rule);
  body['file'] = p.fs.get(path, { mode: MODE_DIR });
  h.commit(p, body);
  p.fs.remove(path);
}

export function unlink(
  h: HostSim,
  p: Proc,
  path: string,
  rule: RuleId = 'fim_unlink',
  init?: FileInit,
): void {
  const body = h.begin(p, 'unlink', rule);
  body['file'] = { ...p.fs.get(path, init), flags: [] };
  h.commit(p, body);
  p.fs.remove(path);
}

export function utimes(
  h: HostSim,
  p: Proc,
  path: string,
  timeNs: number,
  rule: RuleId = 'fim_utimes',
  init?: FileInit,
): void {
  const body = h.begin(p, 'utimes', rule);
  const time = h.sim.fmt.format(timeNs);
  body['file'] = {
    ...p.fs.get(path, init),
    destination: { uid: 0, gid: 0, access_time: time, modification_time: time },
  };
  h.commit(p, body);
  p.fs.update(path, { modification_time: time, change_time: body.date });
}

function xattr(
  h: HostSim,
  p: Proc,
  type: 'setxattr' | 'removexattr',
  path: string,
  name: string,
  rule: RuleId,
): void {
  const body = h.begin(p, type, rule);
  const dot = name.indexOf('.');
  body['file'] = {
    ...p.fs.get(path),
    destination: {
      uid: 0,
      gid: 0,
      attribute_name: name,
      attribute_namespace: dot < 0 ? name : name.slice(0, dot),
    },
  };
  h.commit(p, body);
}

export function setxattr(
  h: HostSim,
  p: Proc,
  path: string,
  name: string,
  rule: RuleId = 'fim_xattr',
): void {
  xattr(h, p, 'setxattr', path, name, rule);
}

export function removexattr(
  h: HostSim,
  p: Proc,
  path: string,
  name: string,
  rule: RuleId = 'fim_xattr',
): void {
  xattr(h, p, 'removexattr', path, name, rule);
}

export function splice(
  h: HostSim,
  p: Proc,
  path: string,
  entryFlag = 'PIPE_BUF_FLAG_CAN_MERGE',
  exitFlag = 'PIPE_BUF_FLAG_LRU',
  rule: RuleId = 'splice_audit',
): void {
  const body = h.begin(p, 'splice', rule);
  body['splice'] = { pipe_entry_flag: entryFlag, pipe_exit_flag: exitFlag };
  body['file'] = p.fs.get(path);
  h.commit(p, body);
}
