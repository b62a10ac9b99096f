/**
 * Turns flattened `@`-key objects (`{"@evt.name": "open", "@process.pid": 4}`) back into a
 * nested event body. Keys of the mount section contain dots themselves
 * (`mount["mountpoint.path"]`), so those are kept whole. Assignments use
 * `defineProperty`, so a hostile `@__proto__.x` key cannot reach any prototype.
 */
type Json = Record<string, unknown>;

/** Keys under `mount` that contain a dot in the event body. */
const DOTTED_MOUNT_KEYS = [
  'mountpoint.path_error',
  'mountpoint.path',
  'source.path_error',
  'source.path',
];

function setOwn(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function segmentsOf(path: string): string[] {
  const parts = path.split('.');
  const mountAt = parts.indexOf('mount');
  if (mountAt >= 0 && mountAt < parts.length - 1) {
    const rest = parts.slice(mountAt + 1).join('.');
    if (DOTTED_MOUNT_KEYS.includes(rest)) return [...parts.slice(0, mountAt + 1), rest];
  }
  return parts;
}

export function unflattenAtKeys(flat: Json): { body: Json; rest: Json } {
  const body: Json = {};
  const rest: Json = {};
  for (const [key, value] of Object.entries(flat)) {
    if (!key.startsWith('@')) {
      setOwn(rest, key, value);
      continue;
    }
    const segments = segmentsOf(key.slice(1));
    let node = body;
    for (let i = 0; i < segments.length - 1; i++) {
      const segment = segments[i] as string;
      const next = Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : undefined;
      if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
        node = next as Json;
      } else {
        const created: Json = {};
        setOwn(node, segment, created);
        node = created;
      }
    }
    setOwn(node, segments[segments.length - 1] as string, value);
  }
  return { body, rest };
}
