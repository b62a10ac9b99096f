/**
 * The members of one body object as a typed section consumes them: a section `take`s the keys
 * it lays out, and `rest` gives back every member it did not take (keys unknown to the
 * schema, duplicates, keys the layout does not know) so the section can still show them.
 * This is what guarantees that a typed view never silently drops part of an event.
 *
 * Built per render; call every `take` before `rest`.
 */
import type { JsonNode } from '../json-model';
import { childPath } from './json-access';

/** One member of the body: its JSON path (array indices dropped) and its value. */
export interface FieldRef {
  readonly path: string;
  readonly key: string;
  readonly node: JsonNode;
}

export class FieldSet {
  private readonly taken = new Set<number>();

  constructor(
    readonly node: JsonNode | undefined,
    readonly path: string,
  ) {}

  /** The member `key` (the last one when repeated), marked as shown. */
  take(key: string): FieldRef | undefined {
    const index = this.indexOf(key);
    if (index === undefined || this.node?.kind !== 'object') return undefined;
    this.taken.add(index);
    const entry = this.node.entries[index];
    return entry === undefined ? undefined : this.ref(entry.key, entry.value);
  }

  /** The member `key` without marking it as shown. */
  peek(key: string): FieldRef | undefined {
    const index = this.indexOf(key);
    if (index === undefined || this.node?.kind !== 'object') return undefined;
    const entry = this.node.entries[index];
    return entry === undefined ? undefined : this.ref(entry.key, entry.value);
  }

  /** Takes several keys at once, in order; absent keys are left out. */
  takeAll(keys: readonly string[]): FieldRef[] {
    const out: FieldRef[] = [];
    for (const key of keys) {
      const ref = this.take(key);
      if (ref !== undefined) out.push(ref);
    }
    return out;
  }

  /** Every member not taken, in body order. */
  rest(): FieldRef[] {
    if (this.node?.kind !== 'object') return [];
    const out: FieldRef[] = [];
    this.node.entries.forEach((entry, i) => {
      if (!this.taken.has(i)) out.push(this.ref(entry.key, entry.value));
    });
    return out;
  }

  private ref(key: string, node: JsonNode): FieldRef {
    return { path: childPath(this.path, key), key, node };
  }

  private indexOf(key: string): number | undefined {
    if (this.node?.kind !== 'object') return undefined;
    const entries = this.node.entries;
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i]?.key === key) return i;
    return undefined;
  }
}

/** The field set of a member, or of nothing when the member is absent. */
export function fieldsOf(ref: FieldRef | undefined): FieldSet {
  return new FieldSet(ref?.node, ref?.path ?? '');
}
