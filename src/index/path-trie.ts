/**
 * Reads many attribute paths out of one event body in a single walk: paths are merged into a
 * tree of their segments, so a shared prefix (`process.` for ten paths) is looked up once and
 * a missing branch (`file` on a network event) skips every path below it at once. Absent
 * values are not reported at all, which is what lets the index skip writing them.
 *
 * Values mean what `compilePathReader` (and the query language) make of them; wherever the
 * walk meets something the simple walk does not handle — an array on the way, an object or a
 * nested array at the end, a key containing dots — the paths below fall back to their reader.
 */
import { compilePathReader, type PathReader } from './path-value';
import type { ColumnValue } from './value-column';

interface TrieNode {
  readonly segment: string;
  /**
   * Keys that would hold this node's paths if written with dots from here on
   * (`mountpoint.path` for `mount.mountpoint.path` at `mountpoint`): checked when the
   * segment itself is missing.
   */
  readonly dottedKeys: string[];
  /** The segment names a property every object inherits (`constructor`, `toString`). */
  readonly inherited: boolean;
  /** Index of the path ending here, or -1. */
  readonly path: number;
  readonly children: TrieNode[];
  /** Paths ending in this subtree (itself included). */
  readonly paths: number[];
}

export type PathSink = (path: number, value: ColumnValue) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function hasAnyKey(object: Record<string, unknown>, keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) if (Object.hasOwn(object, keys[i] as string)) return true;
  return false;
}

function isScalar(value: unknown): boolean {
  return typeof value !== 'object' || value === null;
}

export class PathTrie {
  private readonly root: TrieNode = {
    segment: '',
    dottedKeys: [],
    inherited: false,
    path: -1,
    children: [],
    paths: [],
  };
  private readonly readers: PathReader[] = [];

  /** Adds `path` (dotted) and returns its index, the number its values are reported under. */
  add(path: string): number {
    const index = this.readers.length;
    this.readers.push(compilePathReader(path));
    const segments = path.split('.');
    let node = this.root;
    node.paths.push(index);
    segments.forEach((segment, i) => {
      const at = node.children.findIndex((c) => c.segment === segment);
      let child = node.children[at];
      if (child === undefined) {
        const inherited = segment in Object.prototype;
        child = { segment, dottedKeys: [], inherited, path: -1, children: [], paths: [] };
        node.children.push(child);
      }
      for (let end = i + 2; end <= segments.length; end++) {
        const key = segments.slice(i, end).join('.');
        if (!child.dottedKeys.includes(key)) child.dottedKeys.push(key);
      }
      if (i === segments.length - 1) {
        child = { ...child, path: index };
        node.children[at === -1 ? node.children.length - 1 : at] = child;
      }
      child.paths.push(index);
      node = child;
    });
    return index;
  }

  /** Reports the value of every path present in `body`. */
  read(body: Record<string, unknown>, sink: PathSink): void {
    this.walk(this.root, body, body, sink);
  }

  private fallback(node: TrieNode, body: Record<string, unknown>, sink: PathSink): void {
    for (const path of node.paths) {
      const value = (this.readers[path] as PathReader)(body);
      if (value !== undefined) sink(path, value);
    }
  }

  private walk(
    node: TrieNode,
    object: Record<string, unknown>,
    body: Record<string, unknown>,
    sink: PathSink,
  ): void {
    for (const child of node.children) {
      // JSON never yields `undefined`, so a plain read tells a missing key apart, except for
      // names that `Object.prototype` has (`constructor`), which need an own-property check.
      const value = child.inherited ? ownValue(object, child.segment) : object[child.segment];
      if (value === undefined) {
        // Missing, unless a key with dots (`mountpoint.path`) holds the rest of the path.
        if (hasAnyKey(object, child.dottedKeys)) this.fallback(child, body, sink);
        continue;
      }
      if (isRecord(value)) {
        if (child.path !== -1) sink(child.path, (this.readers[child.path] as PathReader)(body));
        if (child.children.length > 0) this.walk(child, value, body, sink);
      } else if (Array.isArray(value)) {
        if (child.children.length > 0 || !value.every(isScalar)) this.fallback(child, body, sink);
        else if (value.length > 0) sink(child.path, value.length === 1 ? value[0] : value);
      } else if (child.path !== -1) {
        sink(child.path, value);
      }
    }
  }
}
