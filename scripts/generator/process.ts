/**
 * One simulated process (a task that was forked and possibly exec'd) and its serialized forms:
 * the `Process` entry used in `parent`/`ancestors`, and the full `ProcessContext` of events it
 * performs. Both are built once and reused until the process changes (exec, credentials).
 */
import type { Binary } from './binaries';
import { commOf } from './binaries';
import type { FileTable } from './files';
import type {
  ContainerJson,
  CredentialsJson,
  FileJson,
  ProcessContextJson,
  ProcessJson,
} from './types';

/** A running container: its context object, filesystem and the tags of its events. */
export interface Container {
  readonly json: ContainerJson;
  /** `{ id }` only, as ancestor entries carry it. */
  readonly ref: { readonly id: string };
  readonly fs: FileTable;
  readonly image: string;
  readonly service: string;
  readonly tags: readonly string[];
  readonly netns: number;
  readonly ip: string;
  readonly mountId: number;
}

export interface UserSession {
  readonly id: string;
  readonly group: string;
}

const COMPACT_KEYS = ['path', 'name', 'inode', 'mode', 'uid', 'gid'] as const;
const compactCache = new WeakMap<FileJson, FileJson>();

/** The executable as ancestor entries carry it: identity and ownership, no times or package. */
function compactFile(file: FileJson): FileJson {
  let out = compactCache.get(file);
  if (out === undefined) {
    const compact: Record<string, unknown> = {};
    for (const key of COMPACT_KEYS) if (file[key] !== undefined) compact[key] = file[key];
    out = compact as unknown as FileJson;
    compactCache.set(file, out);
  }
  return out;
}

export class Proc {
  alive = true;
  exitNs: number | undefined;
  private json: ProcessJson | undefined;
  private deep: ProcessJson | undefined;
  private chain: ProcessJson[] | undefined;
  private ctx: ProcessContextJson | undefined;

  constructor(
    readonly pid: number,
    readonly parent: Proc | undefined,
    readonly fs: FileTable,
    readonly container: Container | undefined,
    readonly forkNs: number,
    readonly forkTime: string,
    public execTime: string,
    public bin: Binary,
    public exe: FileJson,
    public argv0: string,
    public args: readonly string[],
    public envs: readonly string[],
    public creds: CredentialsJson,
    public isThread: boolean,
    readonly tty: string | undefined,
    readonly service: string,
    readonly session: UserSession | undefined,
    /** Events of this process carry APM ids some of the time. */
    readonly traced: boolean,
  ) {}

  get comm(): string {
    return commOf(this.bin);
  }

  /** Drops cached serializations after a change (exec, credentials). */
  invalidate(): void {
    this.json = undefined;
    this.deep = undefined;
    this.chain = undefined;
    this.ctx = undefined;
  }

  /**
   * Serialized fields. `full` (the acting process) has everything; ancestor entries are compact
   * (ids, times, a short executable, the container id, no credentials or environment), and
   * entries past the parent carry no arguments (the agent de-duplicates shared argument entries
   * along the lineage).
   */
  private fields(level: 'full' | 'parent' | 'deep'): ProcessJson {
    const c = this.creds;
    const full = level === 'full';
    const out: Record<string, unknown> = { pid: this.pid };
    if (this.parent !== undefined) out['ppid'] = this.parent.pid;
    if (full) out['tid'] = this.pid;
    out['uid'] = c.uid;
    out['gid'] = c.gid;
    if (full) {
      out['user'] = c.user;
      out['group'] = c.group;
    }
    out['comm'] = this.comm;
    if (this.tty !== undefined) out['tty'] = this.tty;
    out['fork_time'] = this.forkTime;
    out['exec_time'] = this.execTime;
    if (full) out['credentials'] = c;
    out['executable'] = full ? this.exe : compactFile(this.exe);
    if (this.container !== undefined)
      out['container'] = full ? this.container.json : this.container.ref;
    out['argv0'] = this.argv0;
    if (full || (level === 'parent' && !this.isThread)) out['args'] = this.args;
    if (full) out['envs'] = this.envs;
    out['is_thread'] = this.isThread;
    return out as unknown as ProcessJson;
  }

  /** The `Process` object describing this task as a parent (`ancestors[0]`). */
  asAncestor(): ProcessJson {
    if (this.json === undefined) this.json = this.fields('parent');
    return this.json;
  }

  private asDeepAncestor(): ProcessJson {
    if (this.deep === undefined) this.deep = this.fields('deep');
    return this.deep;
  }

  /** This task's ancestor entries, nearest first, up to pid 1 (itself as the parent entry). */
  lineage(): ProcessJson[] {
    if (this.chain === undefined) {
      const chain = [this.asAncestor()];
      for (let p = this.parent; p !== undefined; p = p.parent) chain.push(p.asDeepAncestor());
      this.chain = chain;
    }
    return this.chain;
  }

  /** The full `ProcessContext` of an event performed by this task. */
  context(): ProcessContextJson {
    if (this.ctx === undefined) {
      const ctx: ProcessContextJson = this.fields('full');
      if (this.parent !== undefined) {
        const ancestors = this.parent.lineage();
        const first = ancestors[0];
        if (first !== undefined) ctx.parent = first;
        ctx.ancestors = ancestors;
      }
      this.ctx = ctx;
    }
    return this.ctx;
  }
}
