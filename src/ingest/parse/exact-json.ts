/**
 * JSON with exact big integers, for showing one event: `dd.trace_id`, `dd.span_id`
 * (and inodes) can exceed 2^53, which `JSON.parse` would round. Integers past the safe
 * range are parsed to `bigint` from their source text and printed back digit for digit.
 * Engines without the reviver's source context fall back to finding the digits by key.
 */
interface ReviverContext {
  readonly source?: string;
}

function recoverDigits(text: string, key: string, rounded: number): bigint | undefined {
  const escapedKey = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`"${escapedKey}"\\s*:\\s*(-?\\d{16,})`, 'g');
  for (const match of text.matchAll(pattern)) {
    const digits = match[1] as string;
    if (Number(digits) === rounded) return BigInt(digits);
  }
  return undefined;
}

export function parseExact(text: string): unknown {
  return JSON.parse(text, function (
    this: unknown,
    key: string,
    value: unknown,
    context?: ReviverContext,
  ) {
    if (typeof value !== 'number' || !Number.isInteger(value) || Number.isSafeInteger(value))
      return value;
    const source = context?.source;
    if (source !== undefined && /^-?\d+$/.test(source)) return BigInt(source);
    return recoverDigits(text, key, value) ?? value;
  } as (key: string, value: unknown) => unknown);
}

/** Pretty-prints like `JSON.stringify(value, null, indent)`, writing bigints as digits. */
export function stringifyExact(value: unknown, indent = 2): string {
  const nonce = Math.random().toString(36).slice(2);
  const marker = `@@exact-${nonce}:`;
  const json = JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'bigint' ? `${marker}${v.toString()}` : v),
    indent,
  );
  if (json === undefined) return '';
  return json.replace(new RegExp(`"${marker}(-?\\d+)"`, 'g'), '$1');
}
