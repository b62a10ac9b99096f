/**
 * Reads the URL fragment as `key=value&…` pairs. Each pair is decoded on its own: a pair
 * that does not decode is dropped, the others are kept. Only the start-up `open` key is
 * used here; the rest of the fragment belongs to the view state.
 */

export function parseHashParams(hash: string): Map<string, string> {
  const params = new Map<string, string>();
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    try {
      const key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      const value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
      if (key !== '' && !params.has(key)) params.set(key, value);
    } catch {
      // A malformed escape (`%zz`) drops this pair only.
    }
  }
  return params;
}

/** True when the fragment asks to open the bundled sample (`#open=sample`). */
export function wantsSample(hash: string): boolean {
  return parseHashParams(hash).get('open') === 'sample';
}
