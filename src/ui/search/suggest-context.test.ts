import { describe, expect, it } from 'vitest';
import { applySuggestion } from './apply-suggestion';
import { suggestContext } from './suggest-context';

/** Context with the caret at `|` in `marked`. */
function at(marked: string) {
  const caret = marked.indexOf('|');
  return suggestContext(marked.replace('|', ''), caret);
}

describe('suggestContext', () => {
  it('finds the field name being typed', () => {
    expect(at('@pro|')).toEqual({ kind: 'field', typed: '@pro', from: 0, to: 4, hasColon: false });
    expect(at('host:web-1 @evt.na|')).toMatchObject({ kind: 'field', typed: '@evt.na', from: 11 });
    expect(at('-@fi|')).toMatchObject({ kind: 'field', typed: '@fi', from: 1, to: 4 });
    expect(at('(@fi| OR x)')).toMatchObject({ kind: 'field', typed: '@fi', from: 1, to: 4 });
  });

  it('replaces the whole term when the caret is inside it, keeping a value after it', () => {
    expect(at('@pro|cess.pid x')).toMatchObject({ from: 0, to: 12, hasColon: false });
    expect(at('@pro|cess.pid:1')).toMatchObject({ from: 0, to: 12, hasColon: true });
  });

  it('finds the value after field:', () => {
    expect(at('@evt.name:ex|')).toEqual({
      kind: 'value',
      field: '@evt.name',
      typed: 'ex',
      from: 10,
      to: 12,
    });
    expect(at('a -host:web|')).toMatchObject({
      kind: 'value',
      field: 'host',
      typed: 'web',
      from: 8,
    });
    expect(at('@evt.name:|')).toMatchObject({ kind: 'value', typed: '' });
  });

  it('reads quoted values, spaces included, until the quote closes', () => {
    expect(at('@file.path:"/tmp/a b|')).toMatchObject({
      kind: 'value',
      typed: '/tmp/a b',
      from: 11,
    });
    expect(at('@file.path:"a\\"b|')).toMatchObject({ typed: 'a"b' });
    expect(at('@file.path:"done"|')).toBeUndefined();
  });

  it('finds values inside a field value group', () => {
    expect(at('@evt.name:(exec OR op|')).toMatchObject({
      kind: 'value',
      field: '@evt.name',
      typed: 'op',
      from: 19,
    });
    expect(at('@evt.name:(ex|')).toMatchObject({ kind: 'value', field: '@evt.name', typed: 'ex' });
    expect(at('@evt.name:(exec OR|')).toBeUndefined();
    expect(at('@evt.name:(exec) @pr|')).toMatchObject({ kind: 'field', typed: '@pr' });
  });

  it('suggests nothing in ranges, comparisons, keywords, quoted free text or blanks', () => {
    expect(at('@process.pid:[100 TO 2|')).toBeUndefined();
    expect(at('@process.pid:>10|')).toBeUndefined();
    expect(at('a AND|')).toBeUndefined();
    expect(at('"free te|')).toBeUndefined();
    expect(at('a |')).toBeUndefined();
    expect(at('|')).toBeUndefined();
    expect(at(':x|')).toBeUndefined();
  });

  it('treats && and || as keywords, and suggests no values after *:', () => {
    expect(at('a &&|')).toBeUndefined();
    expect(suggestContext('a ||', 4)).toBeUndefined();
    expect(suggestContext('@evt.name:(exec ||', 18)).toBeUndefined();
    expect(at('a && @pr|')).toMatchObject({ kind: 'field', typed: '@pr', from: 5 });
    expect(at('*:cu|')).toBeUndefined();
  });

  it('suggests field names after _exists_: and _missing_:', () => {
    expect(at('_exists_:@cont|')).toEqual({
      kind: 'field',
      typed: '@cont',
      from: 9,
      to: 14,
      hasColon: false,
      isArgument: true,
    });
    expect(at('a -_missing_:|')).toMatchObject({ kind: 'field', typed: '', from: 13 });
    expect(at('\\_exists_:x|')).toMatchObject({ kind: 'value', field: '_exists_' });
  });

  it('clamps a caret outside the text', () => {
    expect(suggestContext('@pro', 99)).toMatchObject({ kind: 'field', typed: '@pro' });
  });
});

describe('applySuggestion', () => {
  function accept(marked: string, suggestion: string) {
    const text = marked.replace('|', '');
    const context = at(marked);
    if (context === undefined) throw new Error(`no context in ${marked}`);
    const edit = applySuggestion(text, context, suggestion);
    return `${edit.text.slice(0, edit.caret)}|${edit.text.slice(edit.caret)}`;
  }

  it('writes a field with its colon and leaves the caret on the value', () => {
    expect(accept('@pro|', '@process.pid')).toBe('@process.pid:|');
    expect(accept('x -@pro| y', '@process.comm')).toBe('x -@process.comm:| y');
    expect(accept('@pro|cess.pid:1', '@process.ppid')).toBe('@process.ppid:|1');
  });

  it('writes a value, quoted when needed, and moves on to the next term', () => {
    expect(accept('@evt.name:ex|', 'exec')).toBe('@evt.name:exec |');
    expect(accept('@file.path:/tmp/a|', '/tmp/a b')).toBe('@file.path:"/tmp/a b" |');
    expect(accept('host:w| @evt.name:open', 'web-1')).toBe('host:web-1 |@evt.name:open');
    expect(accept('@evt.name:(exec OR op|)', 'open')).toBe('@evt.name:(exec OR open|)');
  });

  it('writes the field of _exists_: / _missing_: without a colon, then moves on', () => {
    expect(accept('_missing_:@cont|', '@container.id')).toBe('_missing_:@container.id |');
    expect(accept('_exists_:@p| host:x', '@process.pid')).toBe('_exists_:@process.pid |host:x');
  });
});
