// Property tests of the URL fragment codec: any view link encodes to fragment-safe text that
// decodes back to the canonical link with no notices, and stays readable by the start-up
// parameter reader. `npm run fuzz` runs them long.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHashParams, wantsSample } from '../app/hash-params';
import { TABLE_COLUMNS } from '../protocol/messages';
import { normalizeLayout } from '../state/table-layout';
import { fuzzParams } from '../test-support/fuzz-params';
import { decodeView, encodeView } from './view-codec';
import type { ViewLink } from './view-link';
import { MAX_TIME_MS, canonicalView, isValidSortColumn } from './view-link';

const PARAMS = fuzzParams(400, 0x11e4);

const tricky = fc.constantFrom(
  '&',
  '=',
  '#',
  '%',
  '%25',
  '%zz',
  '+',
  ' ',
  ',',
  '~',
  ':',
  '@',
  '/',
  '?',
  '"',
  "'",
  '\\',
  '\u0000',
  '\n',
  '\u202e',
  'é',
  '漢',
  '😀',
  '__proto__',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((p) => p.join('')),
);
const nonEmpty = text.filter((s) => s !== '');
const fieldId = fc
  .oneof(
    nonEmpty.map((s) => `@${s}`),
    nonEmpty,
    fc.constantFrom('@file.path', '@a,b', '@x:1', 'c,d:2', '@w~x', '-neg', '+pos'),
  )
  .filter((id) => id.length <= 300 && id !== '__proto__');
const column = fc.oneof(fc.constantFrom(...TABLE_COLUMNS), fieldId);
const layout = fc
  .record({
    order: fc.array(column, { maxLength: 14 }),
    fields: fc.array(fieldId, { maxLength: 4 }),
    hidden: fc.array(column, { maxLength: 4 }),
    pinned: fc.array(column, { maxLength: 3 }),
    widths: fc.array(fc.tuple(column, fc.integer({ min: 1, max: 100_000 })), { maxLength: 4 }),
    density: fc.constantFrom('compact', 'comfortable'),
  })
  .map((raw) => normalizeLayout({ ...raw, widths: Object.fromEntries(raw.widths) }));
const time = fc.integer({ min: -MAX_TIME_MS, max: MAX_TIME_MS });
const token = fc.stringMatching(/^[A-Za-z][\w-]{0,12}$/);

const link: fc.Arbitrary<ViewLink> = fc.record(
  {
    query: text,
    range: fc
      .tuple(time, time)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => ({ fromMs: Math.min(a, b), toMs: Math.max(a, b) })),
    sort: fc.record({
      column: fc.oneof(column, text).filter(isValidSortColumn),
      descending: fc.boolean(),
    }),
    layout,
    selected: nonEmpty,
    pane: token,
    tab: token,
    files: fc.array(fc.record({ name: nonEmpty, size: fc.maxSafeNat(), fingerprint: nonEmpty }), {
      maxLength: 3,
    }),
    baseline: fc.array(
      fc.record({ name: nonEmpty, size: fc.maxSafeNat(), fingerprint: nonEmpty }),
      { maxLength: 2 },
    ),
    mode: fc.constantFrom('search', 'rules'),
    rule: text,
    starredOnly: fc.boolean(),
    lanes: fc.record(
      {
        window: fc
          .tuple(time, time, fc.double({ min: 0, max: 1, noNaN: true }))
          .filter(([a, b]) => a !== b)
          .map(([a, b, part]) => ({ fromMs: Math.min(a, b) + part, toMs: Math.max(a, b) })),
        pinned: fc.array(text, { maxLength: 3 }),
        fullWidth: fc.oneof(
          fc.constant({ kind: 'view' as const }),
          text.map((processKey) => ({ kind: 'process' as const, processKey })),
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['query'] },
);

/** Characters a fragment may hold as written (RFC 3986 pchar, `/`, `?`), `+` and `#` excepted. */
const FRAGMENT_SAFE = /^[A-Za-z0-9\-._~!$&'()*,;=:@/?%]*$/;

describe('encodeView / decodeView round trip', () => {
  it('gives back the canonical link with no notices', () => {
    fc.assert(
      fc.property(link, (l) => {
        const fragment = encodeView(l);
        expect(fragment).toMatch(FRAGMENT_SAFE);
        expect(decodeView(fragment)).toEqual({ link: canonicalView(l), notices: [] });
        expect(decodeView(`#${fragment}`).link).toEqual(canonicalView(l));
        expect(encodeView(decodeView(fragment).link)).toBe(fragment);
      }),
      PARAMS,
    );
  });

  it('stays readable by hash-params.ts: the query and the start-up key survive', () => {
    fc.assert(
      fc.property(link, (l) => {
        const fragment = encodeView(l);
        const params = parseHashParams(fragment);
        expect(params.get('q') ?? '').toBe(canonicalView(l).query);
        expect(wantsSample(`${fragment}&open=sample`)).toBe(true);
        expect(decodeView(`open=sample&${fragment}`).notices).toEqual([]);
      }),
      PARAMS,
    );
  });
});
