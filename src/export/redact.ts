/**
 * Redaction of event bodies and whole records before export. A redactor copies the value
 * (the input is never changed), hides every string of the enabled categories
 * (redaction-rules.ts) and, with `ips`, every IP address inside any other string too. An
 * agent-intake `message` holding the event as JSON text is redacted inside. Its manifest
 * counts, per category, the values hidden and the paths touched (dots, array indices dropped).
 *
 * Object keys are never changed; numbers and booleans are kept (uids, ports, pids).
 */
import { replaceIpAddresses } from './ip-addresses';
import { LosslessNumber, parseLossless, stringifyLossless } from './lossless-json';
import type { RedactionCategory } from './redaction-rules';
import { REDACTED, categoryBelow, redactEnvEntry, redactWhole } from './redaction-rules';

export interface CategoryManifest {
  /** Values hidden (an IP inside a string counts once per address). */
  readonly count: number;
  /** Paths touched, each once, in the order first met. */
  readonly paths: readonly string[];
}

export type RedactionManifest = Readonly<Record<RedactionCategory, CategoryManifest>>;

export interface Redactor {
  /** A redacted copy of `value` (a body, a record, anything JSON). */
  redact(value: unknown): unknown;
  /** What all calls so far have hidden. */
  manifest(): RedactionManifest;
}

type Json = Record<string, unknown>;

function isJsonObject(value: unknown): value is Json {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof LosslessNumber)
  );
}

interface Place {
  readonly path: string;
  readonly category: RedactionCategory | undefined;
  readonly lastSegment: string | undefined;
  readonly key: string | undefined;
}

export function createRedactor(categories: Iterable<RedactionCategory>): Redactor {
  const enabled: ReadonlySet<RedactionCategory> = new Set(categories);
  const counts = new Map<RedactionCategory, number>();
  const paths = new Map<RedactionCategory, Set<string>>();
  const note = (category: RedactionCategory, path: string, n = 1) => {
    counts.set(category, (counts.get(category) ?? 0) + n);
    let set = paths.get(category);
    if (set === undefined) paths.set(category, (set = new Set()));
    set.add(path);
  };

  const total = () => [...counts.values()].reduce((sum, n) => sum + n, 0);

  const redactString = (text: string, place: Place): string => {
    const { category, path } = place;
    if (category !== undefined) {
      const hidden = category === 'envs' ? redactEnvEntry(text) : redactWhole(text);
      if (hidden === undefined) return text;
      note(category, path);
      return hidden;
    }
    if (place.key === 'message' && text.startsWith('{')) {
      const inner = redactJsonText(text, path);
      if (inner !== undefined) return inner;
    }
    if (!enabled.has('ips')) return text;
    const replaced = replaceIpAddresses(text, REDACTED);
    if (replaced.count > 0) note('ips', path, replaced.count);
    return replaced.text;
  };

  /** An intake `message` (the event as JSON text), redacted inside; undefined if not JSON. */
  const redactJsonText = (text: string, path: string): string | undefined => {
    let parsed: unknown;
    try {
      parsed = parseLossless(text);
    } catch {
      return undefined;
    }
    if (!isJsonObject(parsed)) return undefined;
    const before = total();
    const redacted = walk(parsed, path);
    // Nothing hidden inside: the text stays as it was, spacing and all.
    return total() === before ? text : stringifyLossless(redacted);
  };

  /** Iterative copy: event bodies can nest deeply. */
  const walk = (root: unknown, rootPath: string): unknown => {
    const top: Place = {
      path: rootPath,
      category: undefined,
      lastSegment: undefined,
      key: undefined,
    };
    // Each value is written into its copied parent at `at`: no closure per value.
    const holder: Record<string, unknown> = {};
    const stack: Array<{
      value: unknown;
      place: Place;
      into: Json | unknown[];
      at: string | number;
    }> = [{ value: root, place: top, into: holder, at: 'value' }];
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      const { value, place, into, at } = item;
      const target = into as Record<string | number, unknown>;
      if (typeof value === 'string') {
        target[at] = redactString(value, place);
      } else if (Array.isArray(value)) {
        const copy: unknown[] = new Array<unknown>(value.length);
        target[at] = copy;
        // Array items share their array's place: indices are not part of paths. Pushed last
        // first, so that items are met in document order.
        for (let i = value.length - 1; i >= 0; i--) {
          stack.push({ value: value[i] as unknown, place, into: copy, at: i });
        }
      } else if (isJsonObject(value)) {
        const copy: Json = {};
        target[at] = copy;
        const entries = Object.entries(value);
        for (const [key] of entries) {
          // defineProperty: a `__proto__` key from JSON.parse stays a plain own key, and
          // defining every key first keeps the body's key order.
          Object.defineProperty(copy, key, {
            value: undefined,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        for (let i = entries.length - 1; i >= 0; i--) {
          const [key, v] = entries[i] as [string, unknown];
          const below = categoryBelow(place.category, place.lastSegment, key, enabled);
          const child: Place = {
            path: place.path === '' ? key : `${place.path}.${key}`,
            category: below.category,
            lastSegment: below.lastSegment,
            key,
          };
          stack.push({ value: v, place: child, into: copy, at: key });
        }
      } else {
        target[at] = value;
      }
    }
    return holder['value'];
  };

  return {
    redact: (value) => walk(value, ''),
    manifest: () => {
      const entry = (c: RedactionCategory): CategoryManifest => ({
        count: counts.get(c) ?? 0,
        paths: [...(paths.get(c) ?? [])],
      });
      return { envs: entry('envs'), args: entry('args'), users: entry('users'), ips: entry('ips') };
    },
  };
}

/** One-off redaction of a value, with its manifest. */
export function redactValue(
  value: unknown,
  categories: Iterable<RedactionCategory>,
): { value: unknown; manifest: RedactionManifest } {
  const redactor = createRedactor(categories);
  return { value: redactor.redact(value), manifest: redactor.manifest() };
}
