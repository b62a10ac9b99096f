/**
 * The checker of redaction: every value in `value` that a category claims but that is still
 * readable — a string of that category not hidden, or (for `ips`) an IP address left inside
 * any string. Tests run it on redacted output to prove redaction removes what it claims to;
 * an export can run it as a last guard.
 */
import { containsIpAddress } from './ip-addresses';
import { LosslessNumber, parseLossless } from './lossless-json';
import type { RedactionCategory } from './redaction-rules';
import { categoryBelow, redactEnvEntry, redactWhole } from './redaction-rules';

export interface Unredacted {
  readonly category: RedactionCategory;
  /** Dotted path, array indices dropped. */
  readonly path: string;
  readonly value: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof LosslessNumber)
  );
}

export function findUnredacted(
  value: unknown,
  categories: Iterable<RedactionCategory>,
): Unredacted[] {
  const enabled: ReadonlySet<RedactionCategory> = new Set(categories);
  const found: Unredacted[] = [];
  type Item = {
    value: unknown;
    path: string;
    category: RedactionCategory | undefined;
    last: string | undefined;
    key: string | undefined;
  };
  const stack: Item[] = [{ value, path: '', category: undefined, last: undefined, key: undefined }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value: v, path, category, key } = item;
    if (typeof v === 'string') {
      if (category !== undefined) {
        const stillReadable = category === 'envs' ? redactEnvEntry(v) : redactWhole(v);
        if (stillReadable !== undefined) found.push({ category, path, value: v });
      } else if (key === 'message' && v.startsWith('{') && isObject(tryParse(v))) {
        for (const inner of findUnredacted(tryParse(v), enabled)) {
          found.push({ ...inner, path: `${path}.${inner.path}` });
        }
      } else if (enabled.has('ips') && containsIpAddress(v)) {
        found.push({ category: 'ips', path, value: v });
      }
    } else if (Array.isArray(v)) {
      for (const element of v as unknown[]) stack.push({ ...item, value: element });
    } else if (isObject(v)) {
      for (const [k, child] of Object.entries(v)) {
        const below = categoryBelow(category, item.last, k, enabled);
        stack.push({
          value: child,
          path: path === '' ? k : `${path}.${k}`,
          category: below.category,
          last: below.lastSegment,
          key: k,
        });
      }
    }
  }
  return found;
}

function tryParse(text: string): unknown {
  try {
    return parseLossless(text);
  } catch {
    return undefined;
  }
}
