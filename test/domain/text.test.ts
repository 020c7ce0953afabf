import { describe, expect, it } from 'vitest';
import { decodeUtf8, findInvalidText } from '../../src/domain/text.js';
import { LIMITS, roundSizeExceeded } from '../../src/domain/limits.js';

describe('findInvalidText', () => {
  it('accepts well-formed text, surrogate pairs included', () => {
    expect(findInvalidText({ a: ['æøå', '🙂', 'שלום', { b: 'x' }], n: 1, z: null })).toBeNull();
  });

  it('points at the first offending string, escaping / and ~ in keys', () => {
    expect(findInvalidText({ 'a/b': [{ 'c~d': 'x\u0000' }] })).toEqual({
      pointer: '/a~1b/0/c~0d',
      message: 'Teksten må ikke indeholde NUL (U+0000)',
    });
    expect(findInvalidText(['ok', '\ud83d'])?.pointer).toBe('/1');
    expect(findInvalidText(['\ude00x'])?.pointer).toBe('/0');
  });

  it('walks deeply nested JSON without overflowing the stack', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findInvalidText(deep)?.message).toContain('NUL');
  });
});

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 and refuses broken sequences and encoded surrogates', () => {
    expect(decodeUtf8(Buffer.from('æøå 🙂'))).toBe('æøå 🙂');
    expect(decodeUtf8(Buffer.from([0xc3, 0x28]))).toBeNull();
    expect(decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBeNull();
  });
});

describe('roundSizeExceeded', () => {
  it('allows exactly the limits and refuses one more', () => {
    expect(roundSizeExceeded({ cases: 10, items: 30, panelists: 10 })).toBeNull();
    expect(roundSizeExceeded({ cases: 10, items: 30, panelists: 11 })).toMatch(/højst rumme 3000 vurderinger/);
    expect(roundSizeExceeded({ cases: LIMITS.casesPerRound + 1, items: 1, panelists: 0 })).toMatch(
      /højst have 40 sager/,
    );
    expect(roundSizeExceeded({ cases: 0, items: LIMITS.itemsPerForm + 1, panelists: 0 })).toMatch(
      /højst have 30 punkter/,
    );
  });
});
