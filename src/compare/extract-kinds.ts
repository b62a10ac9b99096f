/**
 * What one data set holds of each compared kind, counted from its index: dictionary-encoded
 * field columns are counted per code in one pass over their codes, and each distinct value is
 * turned into its text once. Exec edges take the parent's executable from the event
 * (`process.parent`) or, where the event does not say, from the process forest; command lines
 * come from the forest's kept arguments (the first ones of each process). No event is read
 * again from its file.
 *
 * File changes are counted by path here, and folded into patterns only when both data sets'
 * paths are known (`fold-paths.ts`).
 */
import type { EventIndex } from '../index/event-index';
import { NO_PROCESS, type ProcessForest } from '../index/process-forest';
import type { ValueColumn } from '../index/value-column';
import { termText } from '../query/compose';
import type { CompareKind } from '../protocol/compare';
import {
  CONTAINER,
  DNS,
  EPHEMERAL_PORT,
  EPHEMERAL_TEXT,
  EVT,
  EXECUTABLE,
  FILE_CHANGE_TYPES,
  FILE_FLAGS,
  FILE_PATH,
  IMAGE_TAG,
  PARENT_EXECUTABLE,
  RULE,
  USER,
  WRITE_FLAGS,
  addressQuery,
  commandQuery,
  execEdgeQuery,
} from './kind-queries';
import { commandShape, rememberingMask } from './mask-command';
import { shapeText } from './pieces';
import { CodeCounts, KeyCounts, addSeen, type KindTally, type Seen } from './tally';

/** What the extraction reads: a data set's index and process forest. */
export interface CompareSource {
  readonly index: EventIndex;
  readonly forest: ProcessForest;
}

export interface Extracted {
  /** Every kind but `file-change`, by value text. */
  readonly kinds: Map<CompareKind, KindTally>;
  /** Changed files by path, before folding. */
  readonly changedPaths: Map<string, Seen>;
  readonly events: number;
}

/** A scalar value as text (lists and objects are not values of these fields). */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

class Reader {
  readonly count: number;
  readonly timeMs: Float64Array;
  constructor(readonly source: CompareSource) {
    this.count = source.index.count;
    this.timeMs = source.index.timeMs;
  }

  column(name: string): ValueColumn | undefined {
    return this.source.index.fields.get(name);
  }

  /** Codes of a column by row (all zero when the data set has no such column). */
  codes(name: string): ArrayLike<number> {
    return this.column(name)?.codes ?? new Uint8Array(this.count);
  }

  /** The codes of `name` whose value satisfies `test`, as a lookup by code. */
  codesWhere(name: string, test: (value: unknown) => boolean): Uint8Array {
    const values = this.column(name)?.values ?? [undefined];
    return Uint8Array.from(values, (v) => (v !== undefined && test(v) ? 1 : 0));
  }

  /** Counts the codes of one column over every event. */
  countColumn(name: string): CodeCounts {
    const column = this.column(name);
    const counts = new CodeCounts(column?.size ?? 1);
    if (column === undefined) return counts;
    const codes = column.codes;
    for (let key = 0; key < this.count; key++) {
      const code = codes[key] as number;
      if (code !== 0) counts.add(code, this.timeMs[key] as number);
    }
    return counts;
  }

  valueText(name: string, code: number): string | undefined {
    return textOf(this.column(name)?.values[code]);
  }
}

/** One column's values as they are: executables, DNS names, users, containers, rules. */
function plainKind(reader: Reader, field: string, tally: KindTally): void {
  reader.countColumn(field).forEach((code, seen) => {
    const text = reader.valueText(field, code);
    if (text !== undefined) addSeen(tally, text, seen, () => termText(field, text));
  });
}

function execEdges(reader: Reader, isExec: Uint8Array, tally: KindTally): void {
  const { forest, index } = reader.source;
  const types = reader.codes(EVT);
  const children = reader.codes(EXECUTABLE);
  const parents = reader.codes(PARENT_EXECUTABLE);
  const childSize = reader.column(EXECUTABLE)?.size ?? 1;
  const byCodes = new KeyCounts<number>();
  const byForest = new KeyCounts<string>();
  for (let key = 0; key < reader.count; key++) {
    if (isExec[types[key] as number] !== 1) continue;
    const child = children[key] as number;
    if (child === 0) continue;
    const parent = parents[key] as number;
    const timeMs = index.timeMs[key] as number;
    if (parent !== 0) {
      byCodes.add(parent * childSize + child, timeMs);
      continue;
    }
    // The event names no parent: the forest may know it from other events' lineage.
    const node = forest.eventNode[key] ?? NO_PROCESS;
    const parentNode = node === NO_PROCESS ? NO_PROCESS : (forest.parent[node] as number);
    const parentPath = parentNode === NO_PROCESS ? '' : forest.nodes.executable.get(parentNode);
    if (parentPath !== '') byForest.add(`${parentPath}\u0000${child}`, timeMs);
  }
  const edge = (parentPath: string, child: number, seen: Seen) => {
    const childPath = reader.valueText(EXECUTABLE, child);
    if (childPath === undefined) return;
    addSeen(tally, `${parentPath} -> ${childPath}`, seen, () =>
      execEdgeQuery(parentPath, childPath),
    );
  };
  byCodes.forEach((pair, seen) => {
    const parentPath = reader.valueText(PARENT_EXECUTABLE, Math.floor(pair / childSize));
    if (parentPath !== undefined) edge(parentPath, pair % childSize, seen);
  });
  byForest.forEach((pair, seen) => {
    const at = pair.lastIndexOf('\u0000');
    edge(pair.slice(0, at), Number(pair.slice(at + 1)), seen);
  });
}

/** Command lines of exec events, from the arguments the forest keeps of each process. */
function commandLines(reader: Reader, isExec: Uint8Array, tally: KindTally): void {
  const { forest } = reader.source;
  const types = reader.codes(EVT);
  const executables = reader.codes(EXECUTABLE);
  const argCodes = forest.nodes.args.codes;
  const argsSize = forest.nodes.args.pool.size + 1;
  const counts = new KeyCounts<number>();
  /** A process with each (executable, arguments, cut) triple: it gives the arguments back. */
  const nodeOf = new Map<number, number>();
  for (let key = 0; key < reader.count; key++) {
    if (isExec[types[key] as number] !== 1) continue;
    const executable = executables[key] as number;
    const node = forest.eventNode[key] ?? NO_PROCESS;
    if (executable === 0 || node === NO_PROCESS) continue;
    const cut = forest.nodes.isArgsCut(node) ? 1 : 0;
    const packed = (executable * argsSize + (argCodes[node] ?? 0)) * 2 + cut;
    counts.add(packed, reader.timeMs[key] as number);
    if (!nodeOf.has(packed)) nodeOf.set(packed, node);
  }
  const mask = rememberingMask();
  counts.forEach((packed, seen) => {
    const executable = reader.valueText(EXECUTABLE, Math.floor(packed / 2 / argsSize));
    const node = nodeOf.get(packed) ?? NO_PROCESS;
    if (executable === undefined) return;
    const shape = commandShape(executable, forest.nodes.argsOf(node), packed % 2 === 1, mask);
    addSeen(tally, shapeText(shape.pieces), seen, () => commandQuery(shape.executable, shape.args));
  });
}

/** An address as text: `ip:port`, `[v6]:port`, or the ip alone. */
function addressText(ip: string, port: string): string {
  if (port === '') return ip;
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

function portText(value: unknown): string {
  if (typeof value === 'number' && value >= EPHEMERAL_PORT) return EPHEMERAL_TEXT;
  return textOf(value) ?? '';
}

/** Where events went (network contexts, connects) and what they bound (`bound ip:port`). */
function addresses(reader: Reader, tally: KindTally): void {
  const sources = [
    ['@network.destination.ip', '@network.destination.port', ''],
    ['@connect.addr.ip', '@connect.addr.port', ''],
    ['@bind.addr.ip', '@bind.addr.port', 'bound '],
  ] as const;
  for (const [ipField, portField, prefix] of sources) {
    const ips = reader.column(ipField);
    if (ips === undefined || ips.size <= 1) continue;
    const ipCodes = ips.codes;
    const ports = reader.codes(portField);
    const portSize = reader.column(portField)?.size ?? 1;
    const counts = new KeyCounts<number>();
    for (let key = 0; key < reader.count; key++) {
      const ip = ipCodes[key] as number;
      if (ip !== 0)
        counts.add(ip * portSize + (ports[key] as number), reader.timeMs[key] as number);
    }
    counts.forEach((pair, seen) => {
      const ip = reader.valueText(ipField, Math.floor(pair / portSize));
      const port = portText(reader.column(portField)?.values[pair % portSize]);
      if (ip === undefined) return;
      const query = () => addressQuery(ipField, portField, ip, port);
      addSeen(tally, `${prefix}${addressText(ip, port)}`, seen, query, ipField);
    });
  }
}

/** Paths changed: by a changing event type, or by an open that writes, creates or truncates. */
function changedPaths(reader: Reader): Map<string, Seen> {
  const isChange = reader.codesWhere(EVT, (v) => FILE_CHANGE_TYPES.includes(String(v)));
  const isOpen = reader.codesWhere(EVT, (v) => v === 'open');
  const writes = reader.codesWhere(FILE_FLAGS, (v) =>
    (Array.isArray(v) ? v : [v]).some((flag) => WRITE_FLAGS.includes(String(flag))),
  );
  const types = reader.codes(EVT);
  const flags = reader.codes(FILE_FLAGS);
  const paths = reader.column(FILE_PATH);
  const out = new Map<string, Seen>();
  if (paths === undefined) return out;
  const pathCodes = paths.codes;
  const counts = new CodeCounts(paths.size);
  for (let key = 0; key < reader.count; key++) {
    const type = types[key] as number;
    const changes =
      isChange[type] === 1 || (isOpen[type] === 1 && writes[flags[key] as number] === 1);
    const path = pathCodes[key] as number;
    if (changes && path !== 0) counts.add(path, reader.timeMs[key] as number);
  }
  counts.forEach((code, seen) => {
    const path = reader.valueText(FILE_PATH, code);
    if (path !== undefined) out.set(path, seen);
  });
  return out;
}

/** Users, and which user ran which executable (`user -> executable`). */
function users(reader: Reader, tally: KindTally): void {
  plainKind(reader, USER, tally);
  const userCodes = reader.codes(USER);
  const executables = reader.codes(EXECUTABLE);
  const exeSize = reader.column(EXECUTABLE)?.size ?? 1;
  const counts = new KeyCounts<number>();
  for (let key = 0; key < reader.count; key++) {
    const user = userCodes[key] as number;
    const executable = executables[key] as number;
    if (user !== 0 && executable !== 0) {
      counts.add(user * exeSize + executable, reader.timeMs[key] as number);
    }
  }
  counts.forEach((pair, seen) => {
    const user = reader.valueText(USER, Math.floor(pair / exeSize));
    const executable = reader.valueText(EXECUTABLE, pair % exeSize);
    if (user === undefined || executable === undefined) return;
    const query = () => `${termText(USER, user)} ${termText(EXECUTABLE, executable)}`;
    addSeen(tally, `${user} -> ${executable}`, seen, query);
  });
}

/** Container ids, and their images (`image <name>`, from the envelope's `image_name` tag). */
function containers(reader: Reader, tally: KindTally): void {
  plainKind(reader, CONTAINER, tally);
  const tags = reader.column('tags');
  if (tags === undefined) return;
  const prefix = `${IMAGE_TAG}:`;
  reader.countColumn('tags').forEach((code, seen) => {
    const list = tags.values[code];
    for (const tag of Array.isArray(list) ? list : [list]) {
      if (typeof tag !== 'string' || !tag.startsWith(prefix)) continue;
      const image = tag.slice(prefix.length);
      addSeen(tally, `image ${image}`, seen, () => termText(IMAGE_TAG, image));
    }
  });
}

/** Every kind of one data set. */
export function extractKinds(source: CompareSource): Extracted {
  const reader = new Reader(source);
  const kinds = new Map<CompareKind, KindTally>();
  const kind = (name: CompareKind): KindTally => {
    const tally: KindTally = new Map();
    kinds.set(name, tally);
    return tally;
  };
  const isExec = reader.codesWhere(EVT, (v) => v === 'exec');
  plainKind(reader, EXECUTABLE, kind('executable'));
  execEdges(reader, isExec, kind('exec-edge'));
  commandLines(reader, isExec, kind('cmdline'));
  plainKind(reader, DNS, kind('dns'));
  addresses(reader, kind('destination'));
  users(reader, kind('user'));
  containers(reader, kind('container'));
  plainKind(reader, RULE, kind('rule'));
  return { kinds, changedPaths: changedPaths(reader), events: reader.count };
}
