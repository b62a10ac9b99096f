/**
 * Resolution of an attribute path (`process.ancestors.executable.path`) in an event body. At each
 * level the longest key that exists wins, so keys that contain dots (mount's `mountpoint.path`)
 * are reached with plain dots (`mount.mountpoint.path`). Arrays are walked wherever they occur:
 * the path yields every value it reaches, and an array at the end yields its elements.
 */

export type PathResolver = (root: unknown) => unknown[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function compilePath(path: string): PathResolver {
  const segments = path.split('.');
  const n = segments.length;
  // keys[i][j - i - 1] = segments i..j-1 joined, longest first when read backwards.
  const keys = segments.map((_, i) =>
    segments.slice(i).map((__, k) => segments.slice(i, i + k + 1).join('.')),
  );
  return (root) => {
    const out: unknown[] = [];
    const stack: [unknown, number][] = [[root, 0]];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      const [value, i] = top;
      if (Array.isArray(value)) {
        for (let e = value.length - 1; e >= 0; e--) stack.push([value[e], i]);
      } else if (i === n) {
        out.push(value);
      } else if (isRecord(value)) {
        const candidates = keys[i] ?? [];
        for (let k = candidates.length - 1; k >= 0; k--) {
          const key = candidates[k];
          if (key !== undefined && Object.hasOwn(value, key)) {
            stack.push([value[key], i + k + 1]);
            break;
          }
        }
      }
    }
    return out;
  };
}

/** Every string in `root` (keys excluded), in document order. */
export function collectStrings(root: unknown, out: string[] = []): string[] {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) for (let e = value.length - 1; e >= 0; e--) stack.push(value[e]);
    else if (isRecord(value)) {
      const values = Object.values(value);
      for (let e = values.length - 1; e >= 0; e--) stack.push(values[e]);
    }
  }
  return out;
}
