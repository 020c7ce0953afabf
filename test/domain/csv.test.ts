import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, neutraliseFormula, toCsv } from '../../src/domain/csv.js';

describe('csvField', () => {
  it('quotes every text field and leaves numbers as they are', () => {
    expect(csvField('Sag 1')).toBe('"Sag 1"');
    expect(csvField('Æblegrød på ø')).toBe('"Æblegrød på ø"');
    expect(csvField(true)).toBe('"true"');
    expect(csvField(7)).toBe('7');
    expect(csvField(2.5)).toBe('2.5');
    expect(csvField(-3)).toBe('-3');
  });

  it('writes null, undefined and non-finite numbers as empty fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes fields with the separator, a quote, CR or LF and doubles inner quotes (RFC 4180)', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('han sagde "nej"')).toBe('"han sagde ""nej"""');
    expect(csvField('linje 1\r\nlinje 2')).toBe('"linje 1\r\nlinje 2"');
    expect(csvField('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"');
    expect(csvField('"')).toBe('""""');
  });

  it('keeps a comma inside its cell whatever separator the spreadsheet guesses', () => {
    expect(csvField('1,5')).toBe('"1,5"');
    expect(csvField('x,=1+2')).toBe('"x,=1+2"');
    expect(csvField('a;b', { separator: ',' })).toBe('"a;b"');
  });

  it('neutralises formulas: = + - @ tab and CR get a leading apostrophe', () => {
    expect(csvField('=SUM(A1:A2)')).toBe(`"'=SUM(A1:A2)"`);
    expect(csvField('+45 12 34')).toBe(`"'+45 12 34"`);
    expect(csvField('-ikke relevant')).toBe(`"'-ikke relevant"`);
    expect(csvField('@cmd')).toBe(`"'@cmd"`);
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('a = b')).toBe('"a = b"');
    expect(neutraliseFormula("'=1")).toBe("'=1");
  });

  it('guards first, then quotes: the apostrophe ends up inside the quotes', () => {
    expect(csvField('=HYPERLINK("http://x";"klik")')).toBe('"\'=HYPERLINK(""http://x"";""klik"")"');
  });

  it('can switch the formula guard off', () => {
    expect(csvField('=1+1', { guardFormulas: false })).toBe('"=1+1"');
  });
});

describe('toCsv', () => {
  it('writes a BOM, the header and the rows, every line ended by CRLF', () => {
    const text = toCsv(
      ['Sag', 'Værdi', 'Begrundelse'],
      [
        ['Sag 1', 3, 'God; tydelig'],
        ['Sag 2', null, '=1+1'],
      ],
    );
    expect(text).toBe(`${CSV_BOM}"Sag";"Værdi";"Begrundelse"\r\n"Sag 1";3;"God; tydelig"\r\n"Sag 2";;"'=1+1"\r\n`);
  });

  it('writes only the header for no rows, and no BOM when asked', () => {
    expect(toCsv(['a', 'b'], [], { bom: false })).toBe('"a";"b"\r\n');
  });

  it('round-trips through an RFC 4180 reader', () => {
    const rows = [['linje 1\r\nlinje 2', 'a "citat"', 'x;y', '']];
    const text = toCsv(['h1', 'h2', 'h3', 'h4'], rows, { bom: false });
    expect(parseCsv(text)).toEqual([['h1', 'h2', 'h3', 'h4'], ...rows]);
  });
});

/** A minimal RFC 4180 reader for the round trip (`;`-separated, CRLF records). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  return records;
}
