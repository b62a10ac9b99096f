/**
 * Flattening of event bodies into `@`-key objects, as some exports present them
 * (`{"@evt.name": "open", "@process.pid": 123}`).
 *
 * Rules: nested objects are flattened, joining keys with `.`; arrays are kept as arrays (their
 * elements untouched, e.g. `@process.ancestors` stays an array of nested objects); empty objects
 * are kept as `{}`. Keys that contain dots themselves (the mount section's `mountpoint.path`,
 * `source.path`, ...) are written as-is under their parent, so `@mount.mountpoint.path` is
 * ambiguous by construction: a reader has to know those keys to rebuild the body.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(value: Record<string, unknown>, prefix: string, out: Record<string, unknown>): void {
  for (const key of Object.keys(value)) {
    const child = value[key];
    const path = prefix + key;
    if (isPlainObject(child) && Object.keys(child).length > 0) walk(child, `${path}.`, out);
    else out[path] = child;
  }
}

/** `@`-keyed flat object of a body (see the module comment for the rules). */
export function flattenBody(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  walk(body, '@', out);
  return out;
}
