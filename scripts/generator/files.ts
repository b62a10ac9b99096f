/**
 * Per-mount-namespace file tables: the serialized `File` object of every path a process touches
 * (inode, st_mode with type bits, owner, mount, filesystem, times, package), created on first
 * use from stable hashes and updated by the file events that change them.
 */
import { hashString } from './prng';
import type { Identity } from './identities';
import { USERS } from './identities';
import type { TimeFormatter } from './time-format';
import { NS_PER_DAY } from './time-format';
import type { FileJson } from './types';
import { basename } from './binaries';

export const S_IFREG = 0o100000;
export const S_IFDIR = 0o040000;
export const S_IFLNK = 0o120000;

export const MODE_FILE = S_IFREG | 0o644;
export const MODE_EXEC = S_IFREG | 0o755;
export const MODE_DIR = S_IFDIR | 0o755;

export interface FileInit {
  mode?: number;
  owner?: Identity;
  group?: { readonly gid: number; readonly group: string };
  pkg?: string | undefined;
  ver?: string | undefined;
  upper?: boolean;
}

interface MountInfo {
  readonly mountId: number;
  readonly fs: string;
}

export class FileTable {
  private readonly files = new Map<string, FileJson>();
  private nextInode: number;

  /**
   * @param kind host root filesystem or a container's overlay root.
   * @param rootMountId mount id of `/` in this namespace.
   * @param imageNs time (relative ns, usually negative) before which untouched files were written.
   */
  constructor(
    private readonly fmt: TimeFormatter,
    private readonly salt: number,
    readonly kind: 'host' | 'container',
    private readonly rootMountId: number,
    private readonly imageNs: number,
  ) {
    this.nextInode = 2_000_000 + (salt % 500_000);
  }

  private mountOf(path: string): MountInfo {
    if (path.startsWith('/proc/')) return { mountId: this.rootMountId - 6, fs: 'proc' };
    if (path.startsWith('/sys/fs/selinux')) return { mountId: 33, fs: 'selinuxfs' };
    if (path.startsWith('/sys/')) return { mountId: this.rootMountId - 7, fs: 'sysfs' };
    if (this.kind === 'container') return { mountId: this.rootMountId, fs: 'overlay' };
    if (path.startsWith('/run/') || path.startsWith('/dev/shm/'))
      return { mountId: 25, fs: 'tmpfs' };
    return { mountId: this.rootMountId, fs: 'ext4' };
  }

  private build(path: string, init: FileInit | undefined, timeNs: number, inode: number): FileJson {
    const owner = init?.owner ?? USERS.root;
    const group = init?.group ?? owner;
    const mount = this.mountOf(path);
    const time = this.fmt.format(timeNs);
    const file: FileJson = {
      path,
      name: basename(path),
      inode,
      mode: init?.mode ?? MODE_FILE,
      mount_id: mount.mountId,
      filesystem: mount.fs,
      uid: owner.uid,
      gid: group.gid,
      user: owner.user,
      group: group.group,
      modification_time: time,
      change_time: time,
    };
    if (this.kind === 'container' && mount.fs === 'overlay')
      file.in_upper_layer = init?.upper ?? false;
    if (init?.pkg !== undefined) {
      file.package_name = init.pkg;
      if (init.ver !== undefined) file.package_version = init.ver;
    }
    return file;
  }

  /** The file at `path`, created from `init` (as written before the run) on first use. */
  get(path: string, init?: FileInit): FileJson {
    let file = this.files.get(path);
    if (file === undefined) {
      const h = hashString(path, this.salt);
      const ageNs = (5 + (h % 300)) * NS_PER_DAY + (h % 86_400) * 1e9;
      file = this.build(path, init, this.imageNs - ageNs, 131_073 + (h % 3_900_000));
      this.files.set(path, file);
    }
    return file;
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  /** Creates (or replaces) a file written at `nowNs` with a fresh inode. */
  create(path: string, init: FileInit, nowNs: number): FileJson {
    const file = this.build(path, { upper: true, ...init }, nowNs, this.nextInode++);
    this.files.set(path, file);
    return file;
  }

  /** Replaces the stored state of a file with `patch` applied; returns the new object. */
  update(path: string, patch: Partial<FileJson>): FileJson {
    const next = { ...this.get(path), ...patch };
    this.files.set(path, next);
    return next;
  }

  /** Stores an existing file object under a new path (rename, link). */
  move(from: string, to: string, keepSource: boolean): FileJson {
    const source = this.get(from);
    const moved = { ...source, path: to, name: basename(to) };
    this.files.set(to, moved);
    if (!keepSource) this.files.delete(from);
    return moved;
  }

  remove(path: string): void {
    this.files.delete(path);
  }
}
