/**
 * The nodes of the process forest, column by column: one slot per process (its node id; slot 0
 * stands for "no process"), holding what the events say about it — pid, ppid, uid, command,
 * executable, the first arguments, user, container, fork / exec / exit times — and how many
 * events it performed itself.
 *
 * Strings that repeat across processes (host, command, executable, user, container) are
 * dictionary-encoded; times and arguments are kept per node. Every field is filled from the
 * first entry that has it and never overwritten: ancestor entries are compact (no user name,
 * often no arguments) and the process's own events complete them later.
 */
import { grownTo } from './growable';
import { StringPool } from './string-pool';

type Json = Record<string, unknown>;

/** Arguments kept per process, and characters kept per argument, for labels. */
export const MAX_ARGS_KEPT = 8;
const MAX_ARG_CHARS = 256;
/** Stored in `ppid` / `uid` when the events do not say. */
export const UNKNOWN_ID = -1;

const INITIAL_CAPACITY = 1024;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A dictionary-encoded string per node (code 0: unknown). */
class NodeStrings {
  codes = new Uint32Array(INITIAL_CAPACITY);
  readonly pool = new StringPool();

  set(id: number, value: string | undefined): void {
    if (id >= this.codes.length) this.codes = grownTo(this.codes, id + 1);
    this.codes[id] = this.pool.encode(value);
  }

  get(id: number): string {
    return this.pool.decode(this.codes[id] ?? 0);
  }

  isUnset(id: number): boolean {
    return (this.codes[id] ?? 0) === 0;
  }

  get byteLength(): number {
    return this.codes.byteLength + this.pool.estimatedBytes;
  }
}

function integer(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : UNKNOWN_ID;
}

export class ProcessNodes {
  /** Slots in use, slot 0 included. */
  count = 1;
  private capacity = INITIAL_CAPACITY;
  pid = new Int32Array(INITIAL_CAPACITY);
  ppid = new Int32Array(INITIAL_CAPACITY);
  uid = new Int32Array(INITIAL_CAPACITY);
  /** Events whose own process this is. */
  ownEvents = new Uint32Array(INITIAL_CAPACITY);
  /** 1 when the process has more arguments than `args` keeps (or the event said they were cut). */
  argsCut = new Uint8Array(INITIAL_CAPACITY);
  readonly host = new NodeStrings();
  readonly comm = new NodeStrings();
  readonly executable = new NodeStrings();
  readonly user = new NodeStrings();
  readonly container = new NodeStrings();
  readonly forkTime: string[] = [''];
  readonly execTime: string[] = [''];
  readonly exitTime: (string | undefined)[] = [undefined];
  readonly args: (readonly string[] | undefined)[] = [undefined];

  /** A new node for `entry`, whose pid, fork and exec times the caller has read. */
  add(entry: Json, pid: number, host: string, forkTime: string, execTime: string): number {
    const id = this.count++;
    if (id >= this.capacity) this.grow();
    this.pid[id] = pid;
    this.ppid[id] = UNKNOWN_ID;
    this.uid[id] = UNKNOWN_ID;
    this.host.set(id, host);
    this.forkTime.push(forkTime);
    this.execTime.push(execTime);
    this.exitTime.push(undefined);
    this.args.push(undefined);
    this.complete(id, entry);
    return id;
  }

  /** Fills the fields of node `id` that are still unknown from `entry`. */
  complete(id: number, entry: Json): void {
    if (this.ppid[id] === UNKNOWN_ID) this.ppid[id] = integer(entry['ppid']);
    if (this.uid[id] === UNKNOWN_ID) this.uid[id] = integer(entry['uid']);
    if (this.comm.isUnset(id)) this.comm.set(id, text(entry['comm']));
    if (this.executable.isUnset(id)) {
      const executable = entry['executable'];
      if (isRecord(executable)) this.executable.set(id, text(executable['path']));
    }
    if (this.user.isUnset(id)) {
      const credentials = entry['credentials'];
      const user =
        text(entry['user']) ?? (isRecord(credentials) ? text(credentials['user']) : undefined);
      this.user.set(id, user);
    }
    if (this.container.isUnset(id)) {
      const container = entry['container'];
      if (isRecord(container)) this.container.set(id, text(container['id']));
    }
    if (this.args[id] === undefined && Array.isArray(entry['args'])) this.keepArgs(id, entry);
    if (this.exitTime[id] === undefined) this.exitTime[id] = text(entry['exit_time']);
  }

  private keepArgs(id: number, entry: Json): void {
    const all = entry['args'] as unknown[];
    const kept: string[] = [];
    let cut = all.length > MAX_ARGS_KEPT || entry['args_truncated'] === true;
    for (const arg of all.slice(0, MAX_ARGS_KEPT)) {
      const value = typeof arg === 'string' ? arg : String(arg);
      if (value.length > MAX_ARG_CHARS) cut = true;
      kept.push(value.slice(0, MAX_ARG_CHARS));
    }
    this.args[id] = kept;
    this.argsCut[id] = cut ? 1 : 0;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.pid = grownTo(this.pid, capacity);
    this.ppid = grownTo(this.ppid, capacity);
    this.uid = grownTo(this.uid, capacity);
    this.ownEvents = grownTo(this.ownEvents, capacity);
    this.argsCut = grownTo(this.argsCut, capacity);
    this.capacity = capacity;
  }

  /** Approximate bytes held (typed arrays at capacity, pools, per-node strings). */
  get byteLength(): number {
    const dicts = [this.host, this.comm, this.executable, this.user, this.container];
    const perNode = this.count * (4 * 8 + 60 * 3);
    return this.capacity * (4 * 4 + 1) + dicts.reduce((n, d) => n + d.byteLength, 0) + perNode;
  }
}
