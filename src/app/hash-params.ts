/**
 * Reads the URL fragment as a map of decoded `key=value` pairs (the first of a repeated key
 * wins). Pairs are split as the view codec splits them (`share/fragment-text.ts`); a pair whose
 * name or value does not decode is dropped, the others are kept. Used for the start-up `open`
 * key; the view state itself is read by the codec.
 */
import { decodePart, splitFragment } from '../share/fragment-text';

export function parseHashParams(hash: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const { key, raw } of splitFragment(hash, () => undefined)) {
    const value = decodePart(raw);
    if (value !== undefined && !params.has(key)) params.set(key, value);
  }
  return params;
}

/** True when the fragment asks to open the bundled sample (`#open=sample`). */
export function wantsSample(hash: string): boolean {
  return parseHashParams(hash).get('open') === 'sample';
}
