import { describe, expect, it } from 'vitest';
import {
  createTimer,
  extendTimer,
  isExpired,
  pauseTimer,
  remainingMs,
  resumeTimer,
  skipTimer,
  tickTimer,
  timerView,
} from './timer.ts';

describe('timer', () => {
  it('counts injected time down and expires without going below zero', () => {
    let timer = createTimer(30);
    timer = tickTimer(timer, 12_500);
    expect(remainingMs(timer)).toBe(17_500);
    expect(timerView(timer)).toMatchObject({
      remainingSeconds: 18,
      totalSeconds: 30,
      expired: false,
    });
    timer = tickTimer(timer, 20_000);
    expect(isExpired(timer)).toBe(true);
    expect(remainingMs(timer)).toBe(0);
  });

  it('stands still while paused and ignores bad ticks', () => {
    let timer = pauseTimer(createTimer(10));
    expect(tickTimer(timer, 5000)).toBe(timer);
    timer = resumeTimer(timer);
    for (const bad of [-5, Number.NaN, Infinity]) expect(tickTimer(timer, bad)).toBe(timer);
    expect(remainingMs(tickTimer(timer, 4000))).toBe(6000);
  });

  it('extends by a minute, also after expiry, and can be switched off', () => {
    let timer = tickTimer(createTimer(30), 31_000);
    expect(isExpired(timer)).toBe(true);
    timer = extendTimer(timer);
    expect(isExpired(timer)).toBe(false);
    expect(timerView(timer)).toMatchObject({
      remainingSeconds: 59,
      totalSeconds: 90,
      extended: true,
    });
    timer = skipTimer(timer);
    expect(remainingMs(tickTimer(timer, 999_999))).toBeNull();
    expect(isExpired(tickTimer(timer, 999_999))).toBe(false);
    expect(timerView(timer).skipped).toBe(true);
  });
});
