import { describe, expect, it } from 'vitest';
import { createCsvWriter, csvField } from './csv-writer';
import { LosslessNumber } from './lossless-json';

/** A small RFC 4180 reader, to check that what is written reads back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes as RFC 4180 asks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('defuses formulas in text cells, not in numbers', () => {
    for (const danger of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")']) {
      expect(csvField(danger).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvField('=cmd|"/c calc"!A0')).toBe(`"'=cmd|""/c calc""!A0"`);
    expect(csvField(-5)).toBe('-5');
    expect(csvField(new LosslessNumber('-18446744073709551615'))).toBe('-18446744073709551615');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes other values plainly', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(['-c', 'a,b'])).toBe('"[""-c"",""a,b""]"');
    expect(csvField({ k: 1 })).toBe('"{""k"":1}"');
  });
});

describe('createCsvWriter', () => {
  it('writes the header with the first chunk and rows with CRLF', () => {
    const writer = createCsvWriter([
      { id: 'time' },
      { id: '@file.path' },
      { id: '@x', header: '-x' },
    ]);
    const first = writer.write([['2024-05-01T10:00:00Z', '/etc/shadow', 1]]);
    const second = writer.write([['t2', 'a "b", c', undefined], ['t3']]);
    expect(first).toBe("time,file.path,'-x\r\n2024-05-01T10:00:00Z,/etc/shadow,1\r\n");
    expect(writer.end()).toBe('');
    expect(readCsv(first + second)).toEqual([
      ['time', 'file.path', "'-x"],
      ['2024-05-01T10:00:00Z', '/etc/shadow', '1'],
      ['t2', 'a "b", c', ''],
      ['t3', '', ''],
    ]);
  });

  it('gives the header alone for an empty export, with a BOM when asked', () => {
    const writer = createCsvWriter([{ id: 'a' }, { id: 'b' }], { bom: true });
    expect(writer.end()).toBe('\uFEFFa,b\r\n');
    expect(writer.end()).toBe('');
  });

  it('round-trips any text through a CSV reader (formula cells gain a leading quote)', () => {
    const cells = ['', ' ', 'é"漢"\n', ',,', '""', '=x', 'a\r\nb', '😀'];
    const writer = createCsvWriter(cells.map((_, i) => ({ id: `c${i}` })));
    const [, row] = readCsv(writer.write([cells]));
    expect(row).toEqual(cells.map((c) => (c.startsWith('=') ? `'${c}` : c)));
  });
});
