/**
 * Read access to an event body held as a `JsonNode` tree (see `json-model.ts`: exact number
 * text, duplicate keys kept). A member is looked up by key, taking the last of duplicates as
 * `JSON.parse` (and so the engine's index) does; the value readers return `undefined` for any
 * other kind of node, so a body that breaks the schema never throws here.
 */
import type { JsonNode } from '../json-model';

/** The member `key` of an object node (the last one when the key is repeated). */
export function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.kind !== 'object') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) {
    const entry = node.entries[i];
    if (entry?.key === key) return entry.value;
  }
  return undefined;
}

/** The node reached by following `keys` from `node` (`['process', 'executable', 'path']`). */
export function memberAt(
  node: JsonNode | undefined,
  keys: readonly string[],
): JsonNode | undefined {
  let current = node;
  for (const key of keys) current = member(current, key);
  return current;
}

/** The value of a string node. */
export function textOf(node: JsonNode | undefined): string | undefined {
  return node?.kind === 'string' ? node.value : undefined;
}

/** A string's value, a number's exact text or `true` / `false`; undefined otherwise. */
export function scalarText(node: JsonNode | undefined): string | undefined {
  switch (node?.kind) {
    case 'string':
      return node.value;
    case 'number':
      return node.text;
    case 'literal':
      return node.text === 'null' ? undefined : node.text;
    default:
      return undefined;
  }
}

/** A number node as a JavaScript number (may round past 2^53: for arithmetic only). */
export function numberOf(node: JsonNode | undefined): number | undefined {
  if (node?.kind !== 'number') return undefined;
  const value = Number(node.text);
  return Number.isFinite(value) ? value : undefined;
}

export function isTrue(node: JsonNode | undefined): boolean {
  return node?.kind === 'literal' && node.text === 'true';
}

/** Items of an array node; empty for anything else. */
export function itemsOf(node: JsonNode | undefined): readonly JsonNode[] {
  return node?.kind === 'array' ? node.items : [];
}

/** The string items of an array node (other items skipped); undefined when not an array. */
export function stringsOf(node: JsonNode | undefined): string[] | undefined {
  if (node?.kind !== 'array') return undefined;
  const out: string[] = [];
  for (const item of node.items) if (item.kind === 'string') out.push(item.value);
  return out;
}

/** The JSON path of `key` under `path` (keys with dots are kept whole: `mount.mountpoint.path`). */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
