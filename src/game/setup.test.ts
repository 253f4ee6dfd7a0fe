import { describe, expect, it } from 'vitest';
import { parseSeed } from './setup.ts';

describe('parseSeed', () => {
  it('accepts whole numbers a class can read out', () => {
    expect(parseSeed('482913')).toBe(482913);
    expect(parseSeed(' 7 ')).toBe(7);
  });

  it('rejects anything else instead of guessing', () => {
    for (const text of ['', '0', '-3', '12.5', 'abc', '1e5', '1234567890']) {
      expect(parseSeed(text)).toBeNull();
    }
  });
});
