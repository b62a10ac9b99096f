/**
 * Three-valued (Kleene) truth: false, true, or unknown when the event lacks what a rule needs.
 * Values are small integers so that per-row results fit in a Uint8Array.
 */

export const Tri = { False: 0, True: 1, Unknown: 2 } as const;
export type Tri = (typeof Tri)[keyof typeof Tri];

export function triOf(value: boolean): Tri {
  return value ? Tri.True : Tri.False;
}

export function triAnd(a: Tri, b: Tri): Tri {
  if (a === Tri.False || b === Tri.False) return Tri.False;
  return a === Tri.True && b === Tri.True ? Tri.True : Tri.Unknown;
}

export function triOr(a: Tri, b: Tri): Tri {
  if (a === Tri.True || b === Tri.True) return Tri.True;
  return a === Tri.False && b === Tri.False ? Tri.False : Tri.Unknown;
}

export function triNot(a: Tri): Tri {
  if (a === Tri.Unknown) return a;
  return a === Tri.True ? Tri.False : Tri.True;
}

/** "Some element satisfies": true if any is true, else unknown if any is unknown, else false. */
export function triAny<T>(items: Iterable<T>, test: (item: T) => Tri): Tri {
  let result: Tri = Tri.False;
  for (const item of items) {
    const r = test(item);
    if (r === Tri.True) return r;
    if (r === Tri.Unknown) result = r;
  }
  return result;
}
