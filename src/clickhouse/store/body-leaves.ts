/**
 * Every leaf of an event body as three parallel lists — dotted path, text, kind — for the
 * `attr_paths` / `attr_values` / `attr_kinds` columns of the ClickHouse `events` table.
 *
 * Paths leave array levels out (`process.ancestors.comm` for each ancestor's `comm`), so a
 * path names what the query language's `compilePath` resolves it to: every value it reaches,
 * the elements of an array at its end included. Keys are joined with dots as they are, so a
 * key holding dots (`mountpoint.path`) gives the path the query language reaches it with.
 * Empty objects and arrays have no leaves. The walk uses its own stack: bodies nested
 * thousands of levels deep are real hostile input.
 */

/** `attr_kinds` values. */
export const LEAF_KIND = { string: 0, number: 1, boolean: 2, null: 3 } as const;

export interface BodyLeaves {
  readonly paths: string[];
  readonly values: string[];
  readonly kinds: number[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function bodyLeaves(body: Record<string, unknown>): BodyLeaves {
  const leaves: BodyLeaves = { paths: [], values: [], kinds: [] };
  const add = (path: string, value: unknown): void => {
    if (typeof value === 'string') push(leaves, path, value, LEAF_KIND.string);
    else if (typeof value === 'number') push(leaves, path, String(value), LEAF_KIND.number);
    else if (typeof value === 'boolean') push(leaves, path, String(value), LEAF_KIND.boolean);
    else if (value === null) push(leaves, path, '', LEAF_KIND.null);
  };
  // Entries are pushed in reverse so that leaves come out in document order.
  const stack: (readonly [string, unknown])[] = [];
  const pushChildren = (path: string, value: Record<string, unknown> | unknown[]): void => {
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([path, value[i]]);
      return;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push([path === '' ? key : `${path}.${key}`, value[key]]);
    }
  };
  pushChildren('', body);
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [path, value] = top;
    if (Array.isArray(value) || isRecord(value)) pushChildren(path, value);
    else add(path, value);
  }
  return leaves;
}

function push(leaves: BodyLeaves, path: string, value: string, kind: number): void {
  leaves.paths.push(path);
  leaves.values.push(value);
  leaves.kinds.push(kind);
}
