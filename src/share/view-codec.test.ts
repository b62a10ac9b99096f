// Examples of the URL fragment codec: readable pairs, defaults left out, hand-written links,
// and each bad parameter dropped with its own notice. Properties: view-codec.fuzz.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, normalizeLayout, pinColumn } from '../state/table-layout';
import { decodeView, encodeView } from './view-codec';
import type { ViewLink } from './view-link';
import { canonicalView } from './view-link';

describe('encodeView / decodeView round trip', () => {
  it('carries a 100 kB query', () => {
    const query = `@process.args:"${'a&b=c#d%e+f g,h/é😀'.repeat(6000)}"`;
    expect(query.length).toBeGreaterThan(100_000);
    const back = decodeView(encodeView({ query }));
    expect(back.link.query).toBe(query);
    expect(back.notices).toEqual([]);
  });

  it('replaces lone surrogates, which cannot be encoded', () => {
    const back = decodeView(encodeView({ query: 'a\uD800b' }));
    expect(back.link.query).toBe('a\uFFFDb');
  });
});

describe('encodeView', () => {
  it('writes readable pairs and leaves defaults out', () => {
    const l: ViewLink = {
      query: '@evt.name:open @file.path:/etc/* -host:web-1',
      range: { fromMs: Date.UTC(2024, 4, 1, 10), toMs: Date.UTC(2024, 4, 1, 11) },
      sort: { column: 'time', descending: true },
      layout: {
        ...pinColumn(normalizeLayout({ fields: ['@file.path'] }), 'type'),
        hidden: ['container'],
        widths: { time: 140, '@file.path': 320 },
      },
      selected: 'AQAAAYyZ:7',
      pane: 'detail',
      tab: 'raw',
      files: [{ name: 'archive 1.json.gz', size: 1234, fingerprint: 'a1b2' }],
    };
    expect(encodeView(l)).toBe(
      'q=@evt.name:open%20@file.path:/etc/*%20-host:web-1' +
        '&from=2024-05-01T10:00:00.000Z&to=2024-05-01T11:00:00.000Z&sort=-time' +
        '&fields=@file.path&hide=container&pin=type&w=time:140,@file.path:320' +
        '&sel=AQAAAYyZ:7&pane=detail&tab=raw&file=archive%201.json.gz~1234~a1b2',
    );
  });

  it('is empty for the default view', () => {
    expect(
      encodeView({
        query: '',
        sort: { column: 'time', descending: false },
        layout: DEFAULT_LAYOUT,
        mode: 'search',
        files: [],
      }),
    ).toBe('');
  });

  it('lists every column only when the order is not the derived one', () => {
    const moved = normalizeLayout({ order: ['type', 'time'] });
    expect(encodeView({ query: '', layout: moved })).toBe(
      `cols=type,time,${DEFAULT_LAYOUT.order.slice(2).join(',')}`,
    );
  });

  it('escapes separators inside column ids and file names', () => {
    const l: ViewLink = {
      query: '',
      layout: normalizeLayout({ fields: ['@a,b', 'x~y'], widths: { '@a,b': 99 } }),
      files: [{ name: 'a~b&c.json', size: 0, fingerprint: 'f~1' }],
      sort: { column: '-odd', descending: false },
    };
    const fragment = encodeView(l);
    expect(fragment).toBe('sort=%2B-odd&fields=@a%2Cb,x~y&w=@a%2Cb:99&file=a%7Eb%26c.json~0~f%7E1');
    expect(decodeView(fragment).link).toEqual(canonicalView(l));
  });

  it('writes the rules mode and its rule', () => {
    const fragment = encodeView({
      query: '',
      mode: 'rules',
      rule: 'open.file.path == "/etc/shadow"',
    });
    expect(fragment).toBe('mode=rules&rule=open.file.path%20%3D%3D%20%22/etc/shadow%22');
  });

  it('writes the starred-only filter as starred=1, and reads 0 as off', () => {
    expect(encodeView({ query: 'x', starredOnly: true })).toBe('q=x&starred=1');
    expect(encodeView({ query: 'x', starredOnly: false })).toBe('q=x');
    expect(decodeView('starred=0')).toEqual({ link: { query: '' }, notices: [] });
    expect(decodeView('starred=yes').notices).toEqual(['starred: "yes" is not 1 or 0 — ignored']);
  });
});

describe('decodeView', () => {
  it('reads hand-written links: + as space, epoch ms, date-only times', () => {
    const { link, notices } = decodeView(
      '#q=@evt.name:open+-@evt.name:exit&from=2024-05-01&to=1714600800000&sort=@file.path',
    );
    expect(notices).toEqual([]);
    expect(link).toEqual({
      query: '@evt.name:open -@evt.name:exit',
      range: { fromMs: Date.UTC(2024, 4, 1), toMs: 1714600800000 },
      sort: { column: '@file.path', descending: false },
    });
  });

  it('tolerates the start-up key and an empty fragment silently', () => {
    expect(decodeView('#open=sample')).toEqual({ link: { query: '' }, notices: [] });
    expect(decodeView('')).toEqual({ link: { query: '' }, notices: [] });
    expect(decodeView('#&&')).toEqual({ link: { query: '' }, notices: [] });
    expect(decodeView('v=1&q=x').notices).toEqual([]);
  });

  it('drops only the parameter that is invalid, saying which and why', () => {
    const { link, notices } = decodeView(
      'q=%zz&sort=@&sel=e1&pane=no%20way&tab=raw&mode=loud&density=huge&utm=1&%zz=1&v=2',
    );
    expect(link).toEqual({ query: '', selected: 'e1', tab: 'raw' });
    expect(notices).toEqual([
      '"%zz": parameter name does not decode — ignored',
      '"utm": unknown parameter — ignored',
      'v: unknown format version "2" — read as 1',
      'q: malformed %-escape — ignored',
      'sort: "@" is not a column — ignored',
      'mode: "loud" is not search or rules — ignored',
      'density: "huge" is not compact or comfortable',
      'pane: "no way" is not a name — ignored',
    ]);
  });

  it('drops a time range with a missing, invalid or reversed end', () => {
    expect(decodeView('from=2024-05-01').notices).toEqual([
      'to: missing — a time range needs both, ignored',
    ]);
    const bad = decodeView('from=yesterday&to=2024-05-01&q=x');
    expect(bad.link).toEqual({ query: 'x' });
    expect(bad.notices).toEqual([
      'from: "yesterday" is not an ISO 8601 time or epoch ms — ignored',
    ]);
    expect(decodeView('from=2024-05-02&to=2024-05-01').notices).toEqual([
      'to: the time range ends before it starts — from and to ignored',
    ]);
  });

  it('reads the lanes window and pins, each on its own', () => {
    const key = 'web-1/42/2024-05-01T10:00:00.000000000Z/2024-05-01T10:00:00.500000000Z';
    const fragment = encodeView({
      query: '',
      lanes: { window: { fromMs: 1000.4, toMs: 2000.2 }, pinned: [key, 'a,b'] },
    });
    expect(fragment).toBe(
      `lanes-from=1970-01-01T00:00:01.000Z&lanes-to=1970-01-01T00:00:02.001Z&lanes-pin=${key},a%2Cb`,
    );
    expect(decodeView(fragment).link.lanes).toEqual({
      window: { fromMs: 1000, toMs: 2001 },
      pinned: [key, 'a,b'],
    });
    const bad = decodeView('lanes-from=soon&lanes-to=2024-05-01&lanes-pin=x,,y');
    expect(bad.link).toEqual({ query: '', lanes: { pinned: ['x', 'y'] } });
    expect(bad.notices).toEqual([
      'lanes-from: "soon" is not an ISO 8601 time or epoch ms — ignored',
      'lanes-pin: item 2 is not a key — dropped',
    ]);
  });

  it('reads the full-width lanes: the view, or a process by its identity key', () => {
    const key = 'web-1/42/2024-05-01T10:00:00.000000000Z/2024-05-01T10:00:00.500000000Z';
    const view = encodeView({ query: '', lanes: { fullWidth: { kind: 'view' } } });
    expect(view).toBe('lanes=view');
    expect(decodeView(view).link.lanes).toEqual({ fullWidth: { kind: 'view' } });
    const family = encodeView({
      query: '',
      lanes: { fullWidth: { kind: 'process', processKey: key } },
    });
    expect(family).toBe(`lanes=process:${key}`);
    expect(decodeView(family).link.lanes).toEqual({
      fullWidth: { kind: 'process', processKey: key },
    });
    for (const raw of ['wide', 'process:']) {
      const bad = decodeView(`lanes=${raw}`);
      expect(bad.link).toEqual({ query: '' });
      expect(bad.notices).toEqual([`lanes: "${raw}" is not view or process:<key> — ignored`]);
    }
  });

  it('keeps the first of repeated parameters', () => {
    const { link, notices } = decodeView('q=a&q=b');
    expect(link.query).toBe('a');
    expect(notices).toEqual(['q: repeated — the first one is used']);
  });

  it('drops bad layout items one by one (ids in cols that are not built-in are fields)', () => {
    const { link, notices } = decodeView(
      'cols=type,,time,@x&hide=zzz,user&w=time:0,type:90,x&pin=%zz',
    );
    expect(link.layout?.order.slice(0, 3)).toEqual(['type', 'time', '@x']);
    expect(link.layout?.fields).toEqual(['@x']);
    expect(link.layout?.hidden).toEqual(['user']);
    expect(link.layout?.widths).toEqual({ type: 90 });
    expect(link.layout?.pinned).toEqual([]);
    expect(notices).toEqual([
      'cols: item 2 is empty — dropped',
      'pin: item 1 has a malformed %-escape — dropped',
      'w: width of "time" is not a whole number of px — dropped',
      'w: item 3 is not column:px — dropped',
      'hide: "zzz" is not a column — dropped',
    ]);
  });

  it('reads the fields of cols as field columns', () => {
    const { link } = decodeView('cols=@file.path,time');
    expect(link.layout?.fields).toEqual(['@file.path']);
    expect(link.layout?.order.slice(0, 2)).toEqual(['@file.path', 'time']);
  });

  it('drops malformed files and keeps the others', () => {
    const { link, notices } = decodeView('file=a~1~f&file=b~x~g&file=c~2&file=~3~h&file=d~4~%zz');
    expect(link.files).toEqual([{ name: 'a', size: 1, fingerprint: 'f' }]);
    expect(notices).toEqual([
      'file 2: needs a name, a size in bytes and a fingerprint — ignored',
      'file 3: not name~size~fingerprint — ignored',
      'file 4: needs a name, a size in bytes and a fingerprint — ignored',
      'file 5: malformed %-escape — ignored',
    ]);
  });

  it('carries the baseline files apart from the open ones', () => {
    const link = {
      query: '',
      files: [{ name: 'incident.json', size: 10, fingerprint: 'f1' }],
      baseline: [
        { name: 'monday.json', size: 20, fingerprint: 'b1' },
        { name: 'tuesday.json', size: 30, fingerprint: 'b2' },
      ],
    };
    const fragment = encodeView(link);
    expect(fragment).toBe(
      'file=incident.json~10~f1&base=monday.json~20~b1&base=tuesday.json~30~b2',
    );
    expect(decodeView(fragment)).toEqual({ link, notices: [] });
    expect(decodeView('base=x~y~z').notices).toEqual([
      'baseline file: needs a name, a size in bytes and a fingerprint — ignored',
    ]);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (hash) => {
        const { link, notices } = decodeView(hash);
        expect(typeof link.query).toBe('string');
        expect(Array.isArray(notices)).toBe(true);
      }),
    );
  });
});
