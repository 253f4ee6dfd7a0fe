import { describe, expect, it } from 'vitest';
import { randomCode } from './ClassroomRoom.ts';
import { CODE_ALPHABET, cleanNickname, isRoomCode, normaliseCode } from './protocol.ts';
import { RateLimiter } from './rateLimit.ts';

describe('room codes', () => {
  it('have 6 characters from an alphabet without look-alikes', () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) expect(isRoomCode(randomCode())).toBe(true);
    expect(normaliseCode(' abc-def ')).toBe('ABCDEF');
    expect(isRoomCode('ABCDE0')).toBe(false);
    expect(isRoomCode('ABCDE')).toBe(false);
  });

  it('skip the bytes that would bias the alphabet (rejection sampling)', () => {
    const bytes = () => Uint8Array.from([255, 248, 0, 1, 2, 3, 33, 30, 7, 7, 7, 7]);
    expect(randomCode(bytes)).toBe('ABCDC9');
  });
});

describe('nicknames', () => {
  it('are trimmed, collapsed and kept in any script', () => {
    expect(cleanNickname('  Ana   María ')).toEqual({ ok: true, nickname: 'Ana María' });
    expect(cleanNickname('小明')).toEqual({ ok: true, nickname: '小明' });
    expect(cleanNickname('ليلى')).toEqual({ ok: true, nickname: 'ليلى' });
    expect(cleanNickname('👩🏽‍🚀'.repeat(24))).toMatchObject({ ok: true });
  });

  it('refuse empty, long and control or format characters', () => {
    expect(cleanNickname('   ')).toEqual({ ok: false, problem: 'nicknameEmpty' });
    expect(cleanNickname('a'.repeat(25))).toEqual({ ok: false, problem: 'nicknameTooLong' });
    for (const bad of [
      'a\tb',
      'a\u0000b',
      'a\u0007',
      'evil\u202Eflip',
      'zero\u200Bwidth',
      'a\u2028b',
    ]) {
      expect(cleanNickname(bad)).toEqual({ ok: false, problem: 'nicknameInvalid' });
    }
  });
});

describe('RateLimiter', () => {
  it('allows a burst, then refills at its rate', () => {
    const limiter = new RateLimiter({ burst: 3, perSecond: 2 });
    expect([1, 2, 3, 4].map(() => limiter.take('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.take('b', 0)).toBe(true);
    expect(limiter.take('a', 400)).toBe(false);
    expect(limiter.take('a', 500)).toBe(true);
    expect(limiter.take('a', 500)).toBe(false);
    limiter.forget('a');
    expect(limiter.take('a', 500)).toBe(true);
  });
});
