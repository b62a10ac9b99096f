// Where the rule box suggests SECL fields: on a lower-case name being typed, outside strings,
// keywords, constants, numbers and registers.
import { describe, expect, it } from 'vitest';
import { seclFieldContext } from './secl-suggest-context';

/** The context at the `|` of `marked`. */
function at(marked: string) {
  const caret = marked.indexOf('|');
  return seclFieldContext(marked.replace('|', ''), caret);
}

describe('seclFieldContext', () => {
  it('finds the field name being typed, with the whole word as the span', () => {
    expect(at('open.file.pa|')).toEqual({ from: 0, to: 12, typed: 'open.file.pa' });
    expect(at('exec.file.name == "sh" && proc|')).toEqual({ from: 26, to: 30, typed: 'proc' });
    expect(at('(open.fi|le.path == "/x")')).toEqual({ from: 1, to: 15, typed: 'open.fi' });
    expect(at('!process.is_|')).toEqual({ from: 1, to: 12, typed: 'process.is_' });
    expect(at('open.file.path in [\n  "/a"] && chmod.|')).toMatchObject({ typed: 'chmod.' });
  });

  it('suggests nothing inside strings, even after an escaped quote', () => {
    expect(at('open.file.path == "/etc/sha|')).toBeUndefined();
    expect(at('open.file.path =~ ~"/tmp/|"')).toBeUndefined();
    expect(at('process.args == "say \\"hi|')).toBeUndefined();
    expect(at('process.args == "a\\"b" && open|')).toMatchObject({ typed: 'open' });
  });

  it('suggests nothing on keywords, constants, numbers, registers or an empty word', () => {
    expect(at('exec.file.name in|')).toBeUndefined();
    expect(at('exec.file.name not|')).toBeUndefined();
    expect(at('open.flags & O_CRE|')).toBeUndefined();
    expect(at('process.pid > 10|')).toBeUndefined();
    expect(at('process.ancestors[_|')).toBeUndefined();
    expect(at('process.ancestors[_].fi|')).toBeUndefined();
    expect(at('open.file.path == |')).toBeUndefined();
    expect(at('|')).toBeUndefined();
  });
});
