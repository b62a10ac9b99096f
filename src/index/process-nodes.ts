/**
 * The nodes of the process forest, column by column: one slot per process (its node id; slot 0
 * stands for "no process"), holding what the events say about it — pid, ppid, uid, command,
 * executable, the first arguments, user, container, fork / exec / exit times — and how many
 * events it performed itself.
 *
 * Strings that repeat across processes (host, command, executable, user, container, and the
 * kept arguments as one joined text) are dictionary-encoded; times are numbers (see
 * `NodeTimes`). Columns grow by half their size, not double, to bound the unused tail.
 * Every field is filled from the
 * first entry that has it and never overwritten: ancestor entries are compact (no user name,
 * often no arguments) and the process's own events complete them later.
 */
import { NodeTimes } from './process-times';
import { StringPool } from './string-pool';

type Json = Record<string, unknown>;

/** Arguments kept per process, and characters kept per argument, for labels. */
export const MAX_ARGS_KEPT = 8;
export const MAX_ARG_CHARS = 256;
/** Stored in `ppid` / `uid` when the events do not say. */
export const UNKNOWN_ID = -1;

const INITIAL_CAPACITY = 1024;
/** Joins the kept arguments into one dictionary-encoded text. */
const ARG_SEPARATOR = '\u0000';

/** A copy of `codes` in `bytes`-wide slots. */
function widened(codes: Uint8Array | Uint16Array, bytes: 2 | 4): Uint16Array | Uint32Array {
  const next = bytes === 2 ? new Uint16Array(codes.length) : new Uint32Array(codes.length);
  next.set(codes);
  return next;
}

/** A copy of `column` with `capacity` slots. */
export function resized<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(
  column: T,
  capacity: number,
): T {
  const next = new (column.constructor as new (length: number) => T)(capacity);
  next.set(column.subarray(0, capacity) as never);
  return next;
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A dictionary-encoded string per node (code 0: unknown). Codes start one byte wide and widen
 * (to 16, then 32 bits) when the dictionary outgrows them.
 */
class NodeStrings {
  codes: Uint8Array | Uint16Array | Uint32Array = new Uint8Array(INITIAL_CAPACITY);
  readonly pool = new StringPool();

  set(id: number, value: string | undefined): void {
    if (id >= this.codes.length) this.resize(id + 1);
    const code = this.pool.encode(value);
    if (code > 0xff && this.codes instanceof Uint8Array) this.codes = widened(this.codes, 2);
    if (code > 0xffff && this.codes instanceof Uint16Array) this.codes = widened(this.codes, 4);
    this.codes[id] = code;
  }

  resize(capacity: number): void {
    this.codes = resized(this.codes, capacity);
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
  private slots = INITIAL_CAPACITY;
  pid = new Int32Array(INITIAL_CAPACITY);
  ppid = new Int32Array(INITIAL_CAPACITY);
  uid = new Int32Array(INITIAL_CAPACITY);
  /** Events whose own process this is. */
  ownEvents = new Uint32Array(INITIAL_CAPACITY);
  /**
   * 0 while no entry listed the arguments; 1 when `args` holds them all; 2 when the process
   * has more than `args` keeps (or the event said they were cut).
   */
  argsState = new Uint8Array(INITIAL_CAPACITY);
  readonly host = new NodeStrings();
  readonly comm = new NodeStrings();
  readonly executable = new NodeStrings();
  readonly user = new NodeStrings();
  readonly container = new NodeStrings();
  /** The kept arguments, each after a U+0000 (see `argsOf`). */
  readonly args = new NodeStrings();
  readonly forkTime = new NodeTimes(INITIAL_CAPACITY);
  readonly execTime = new NodeTimes(INITIAL_CAPACITY);
  readonly exitTime = new NodeTimes(INITIAL_CAPACITY);

  get capacity(): number {
    return this.slots;
  }

  /** The first arguments of node `id` (each cut to 256 characters; U+0000 in one reads U+FFFD). */
  argsOf(id: number): readonly string[] {
    const joined = this.args.get(id);
    return joined === '' ? [] : joined.slice(1).split(ARG_SEPARATOR);
  }

  /** Whether node `id` has more arguments than `argsOf` gives. */
  isArgsCut(id: number): boolean {
    return this.argsState[id] === 2;
  }

  /** A new node for `entry`, whose pid, fork and exec times the caller has read. */
  add(entry: Json, pid: number, host: string, forkTime: string, execTime: string): number {
    const id = this.count++;
    if (id >= this.slots) this.grow();
    this.pid[id] = pid;
    this.ppid[id] = UNKNOWN_ID;
    this.uid[id] = UNKNOWN_ID;
    this.host.set(id, host);
    this.forkTime.set(id, forkTime);
    this.execTime.set(id, execTime);
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
    if (this.argsState[id] === 0 && Array.isArray(entry['args'])) this.keepArgs(id, entry);
    if (!this.exitTime.isKnown(id)) {
      const exit = text(entry['exit_time']);
      if (exit !== undefined) this.exitTime.set(id, exit);
    }
  }

  private keepArgs(id: number, entry: Json): void {
    const all = entry['args'] as unknown[];
    let cut = all.length > MAX_ARGS_KEPT || entry['args_truncated'] === true;
    // Each argument after a separator, so [] is '' and [''] is not.
    let joined = '';
    for (let i = 0; i < all.length && i < MAX_ARGS_KEPT; i++) {
      const arg = all[i];
      let value = typeof arg === 'string' ? arg : String(arg);
      if (value.length > MAX_ARG_CHARS) {
        cut = true;
        value = value.slice(0, MAX_ARG_CHARS);
      }
      if (value.includes(ARG_SEPARATOR)) value = value.replaceAll(ARG_SEPARATOR, '\ufffd');
      joined += ARG_SEPARATOR + value;
    }
    this.args.set(id, joined);
    this.argsState[id] = cut ? 2 : 1;
  }

  private grow(): void {
    const capacity = this.slots + (this.slots >> 1);
    this.pid = resized(this.pid, capacity);
    this.ppid = resized(this.ppid, capacity);
    this.uid = resized(this.uid, capacity);
    this.ownEvents = resized(this.ownEvents, capacity);
    this.argsState = resized(this.argsState, capacity);
    for (const strings of [this.host, this.comm, this.executable, this.user, this.container]) {
      strings.resize(capacity);
    }
    this.args.resize(capacity);
    for (const times of [this.forkTime, this.execTime, this.exitTime]) times.grow(capacity);
    this.slots = capacity;
  }

  /** Bytes held: typed arrays at capacity, dictionaries, time columns with their side maps. */
  get byteLength(): number {
    const dicts = [this.host, this.comm, this.executable, this.user, this.container, this.args];
    const times = [this.forkTime, this.execTime, this.exitTime];
    return (
      this.slots * (4 * 4 + 1) +
      dicts.reduce((n, d) => n + d.byteLength, 0) +
      times.reduce((n, t) => n + t.byteLength, 0)
    );
  }
}
