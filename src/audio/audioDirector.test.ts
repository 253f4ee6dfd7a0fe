import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AudioDirector,
  CROSSFADE_MS,
  type SoundFactory,
  type SoundLike,
  type SoundRequest,
} from './audioDirector.ts';
import { cueFor, type AudioEvent } from './audioEvents.ts';
import type { MusicKey, SfxKey } from './soundDesign.ts';
import { loadVolume, VOLUME_STORAGE_KEY, type SettingsStorage } from './volumeSettings.ts';

/** One playing id in the fake: what howler would track per sound. */
interface FakePlayback {
  sprite: SfxKey | undefined;
  state: 'playing' | 'paused' | 'stopped';
  volume: number;
  position: number;
}

/** A stand-in for a howler Howl that records what the director asked of it. */
class FakeSound implements SoundLike {
  readonly request: SoundRequest;
  readonly onError: () => void;
  readonly ids = new Map<number, FakePlayback>();
  readonly fades: { id: number; from: number; to: number; ms: number }[] = [];
  throwOnPlay = false;
  private static nextId = 1;

  constructor(request: SoundRequest, onError: () => void) {
    this.request = request;
    this.onError = onError;
  }

  play(sprite?: SfxKey): number | null {
    if (this.throwOnPlay) throw new Error('play failed');
    const id = FakeSound.nextId++;
    this.ids.set(id, { sprite, state: 'playing', volume: 1, position: 0 });
    return id;
  }
  resume(id: number): void {
    this.get(id).state = 'playing';
  }
  pause(id: number): void {
    this.get(id).state = 'paused';
  }
  stop(id: number): void {
    this.get(id).state = 'stopped';
  }
  volume(id: number): number {
    return this.get(id).volume;
  }
  setVolume(id: number, volume: number): void {
    this.get(id).volume = volume;
  }
  fade(id: number, from: number, to: number, ms: number): void {
    this.fades.push({ id, from, to, ms });
    this.get(id).volume = to; // The fake lands at once; the test checks the call.
  }
  position(id: number): number {
    return this.get(id).position;
  }
  seek(id: number, seconds: number): void {
    this.get(id).position = seconds;
  }

  /** Sprites played so far, in order. */
  get played(): (SfxKey | undefined)[] {
    return [...this.ids.values()].map((playback) => playback.sprite);
  }
  /** Ids currently playing. */
  get active(): FakePlayback[] {
    return [...this.ids.values()].filter((playback) => playback.state === 'playing');
  }
  private get(id: number): FakePlayback {
    const playback = this.ids.get(id);
    if (!playback) throw new Error(`unknown id ${id}`);
    return playback;
  }
}

function memoryStorage(): SettingsStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

function setup(overrides: { available?: boolean; storage?: SettingsStorage } = {}) {
  const sounds: FakeSound[] = [];
  const createSound: SoundFactory = (request, onError) => {
    const sound = new FakeSound(request, onError);
    sounds.push(sound);
    return sound;
  };
  let clock = 0;
  const storage = overrides.storage ?? memoryStorage();
  const director = new AudioDirector({
    createSound,
    storage,
    available: () => overrides.available ?? true,
    now: () => (clock += 1000),
  });
  const sfx = (): FakeSound => {
    const sound = sounds.find((candidate) => candidate.request.kind === 'sfx');
    if (!sound) throw new Error('no sfx sound yet');
    return sound;
  };
  const music = (loop: MusicKey): FakeSound => {
    const sound = sounds.find(
      (candidate) => candidate.request.kind === 'music' && candidate.request.loop === loop,
    );
    if (!sound) throw new Error(`no ${loop} sound yet`);
    return sound;
  };
  return { director, sounds, storage, sfx, music };
}

const EXPECTED: [AudioEvent, SfxKey | null][] = [
  [{ type: 'ui.click' }, 'click'],
  [{ type: 'ui.focus' }, 'focus'],
  [{ type: 'card.select' }, 'select'],
  [{ type: 'measure.taken' }, 'measureTaken'],
  [{ type: 'round.ended' }, 'roundEnd'],
  [{ type: 'sign.arrived', confidence: 0.3 }, 'warningSoft'],
  [{ type: 'sign.arrived', confidence: 0.6 }, 'warningStrong'],
  [{ type: 'sign.arrived', confidence: 0.95 }, 'warningStrong'],
  [{ type: 'trigger.fired' }, 'trigger'],
  [{ type: 'stage.changed', from: 2, to: 3 }, 'stageUp'],
  [{ type: 'stage.changed', from: 4, to: 2 }, 'stageDown'],
  [{ type: 'stage.changed', from: 3, to: 3 }, null],
  [{ type: 'measure.effective' }, 'measureEffective'],
  [{ type: 'debrief.shown', outcome: 'averted' }, 'debriefSuccess'],
  [{ type: 'debrief.shown', outcome: 'contained' }, 'debriefMixed'],
  [{ type: 'debrief.shown', outcome: 'atrocity' }, 'debriefFailure'],
];

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('audio events to cues', () => {
  it.each(EXPECTED)('%o plays %s', (event, cue) => {
    expect(cueFor(event)).toBe(cue);
    const { director, sfx } = setup();
    director.unlock();
    director.handle(event);
    expect(sfx().played).toEqual(cue ? [cue] : []);
  });

  it('plays cues at the effects volume', () => {
    const { director, sfx } = setup();
    director.unlock();
    director.setVolume('effects', 0.25);
    director.handle({ type: 'ui.click' });
    expect(sfx().active[0]?.volume).toBe(0.25);
  });

  it('plays nothing and creates no sound before the first gesture', () => {
    const { director, sounds } = setup();
    director.handle({ type: 'ui.click' });
    director.setStage(4);
    expect(sounds).toHaveLength(0);
  });
});

describe('volumes and mute', () => {
  it('persists volumes and mute through storage', () => {
    const storage = memoryStorage();
    const { director } = setup({ storage });
    director.setVolume('music', 0.2);
    director.setVolume('effects', 0.9);
    director.toggleMute();
    expect(loadVolume(storage)).toEqual({ music: 0.2, effects: 0.9, muted: true });
    expect(storage.data.has(VOLUME_STORAGE_KEY)).toBe(true);
    // A new director (a reload) starts from what was saved.
    expect(setup({ storage }).director.volume).toEqual({ music: 0.2, effects: 0.9, muted: true });
  });

  it('mute silences cues and music; unmute restores the music volume', () => {
    const { director, sfx, music } = setup();
    director.setVolume('music', 0.5);
    director.unlock();
    director.setStage(1);
    expect(director.toggleMute()).toBe(true);
    director.handle({ type: 'ui.click' });
    expect(sfx().played).toEqual([]);
    expect(music('calm').active[0]?.volume).toBe(0);
    expect(director.toggleMute()).toBe(false);
    expect(music('calm').active[0]?.volume).toBe(0.5);
    director.handle({ type: 'ui.click' });
    expect(sfx().played).toEqual(['click']);
  });

  it('tells listeners about each change until they unsubscribe', () => {
    const { director } = setup();
    const seen: boolean[] = [];
    const off = director.onChange((settings) => seen.push(settings.muted));
    director.toggleMute();
    director.setVolume('effects', 0.1);
    off();
    director.toggleMute();
    expect(seen).toEqual([true, true]);
  });
});

describe('music follows the stage', () => {
  it('starts the loop for the stage once unlocked, fading in', () => {
    const { director, music } = setup();
    director.setStage(2);
    director.unlock();
    expect(director.currentMusic).toBe('calm');
    expect(music('calm').active).toHaveLength(1);
    expect(music('calm').fades.at(-1)).toMatchObject({ from: 0, to: 0.4, ms: CROSSFADE_MS });
  });

  it('crossfades calm → tension → crisis → calm, in time with the old loop', () => {
    const { director, music } = setup();
    director.unlock();
    director.handle({ type: 'stage.changed', from: 1, to: 2 });
    expect(music('calm').active).toHaveLength(1);

    const calmId = [...music('calm').ids.keys()][0] ?? -1;
    music('calm').seek(calmId, 4.5);
    director.handle({ type: 'stage.changed', from: 2, to: 3 });
    expect(director.currentMusic).toBe('tension');
    expect(music('calm').fades.at(-1)).toMatchObject({ to: 0, ms: CROSSFADE_MS });
    expect(music('tension').active[0]?.position).toBe(4.5);
    expect(music('tension').fades.at(-1)).toMatchObject({ from: 0, to: 0.4 });
    // The old loop stops once the crossfade is over.
    expect(music('calm').active).toHaveLength(1);
    vi.advanceTimersByTime(CROSSFADE_MS + 100);
    expect(music('calm').active).toHaveLength(0);

    director.setStage(5);
    vi.advanceTimersByTime(CROSSFADE_MS + 100);
    expect(music('crisis').active).toHaveLength(1);
    expect(music('tension').active).toHaveLength(0);

    director.setStage(1);
    vi.advanceTimersByTime(CROSSFADE_MS + 100);
    expect(music('calm').active).toHaveLength(1);
    expect(music('crisis').active).toHaveLength(0);
  });

  it('does not restart a loop when the stage changes within its range', () => {
    const { director, music } = setup();
    director.unlock();
    director.setStage(4);
    director.setStage(5);
    expect(music('crisis').ids.size).toBe(1);
  });

  it('fades a leaving loop back in when the stage returns mid-crossfade', () => {
    const { director, music } = setup();
    director.unlock();
    director.setStage(1);
    director.setStage(3);
    director.setStage(2);
    vi.advanceTimersByTime(CROSSFADE_MS + 100);
    expect(music('calm').ids.size).toBe(1);
    expect(music('calm').active[0]?.volume).toBe(0.4);
    expect(music('tension').active).toHaveLength(0);
  });

  it('fades out on stopMusic', () => {
    const { director, music } = setup();
    director.unlock();
    director.setStage(3);
    director.stopMusic();
    vi.advanceTimersByTime(CROSSFADE_MS + 100);
    expect(music('tension').active).toHaveLength(0);
  });
});

describe('hidden tab', () => {
  it('pauses the music and drops cues while hidden, then resumes in place', () => {
    const { director, music, sfx } = setup();
    director.unlock();
    director.setStage(1);
    director.pause();
    expect([...music('calm').ids.values()][0]?.state).toBe('paused');
    director.handle({ type: 'ui.click' });
    expect(sfx().played).toEqual([]);
    director.resume();
    expect(music('calm').ids.size).toBe(1);
    expect(music('calm').active).toHaveLength(1);
  });

  it('catches up with a stage change that happened while hidden', () => {
    const { director, music } = setup();
    director.unlock();
    director.setStage(1);
    director.pause();
    director.setStage(4);
    expect(music('crisis').ids.size).toBe(0);
    director.resume();
    expect(music('crisis').active).toHaveLength(1);
    expect(music('calm').active).toHaveLength(0);
  });
});

describe('no audio, blocked or broken audio', () => {
  it('stays silent when the platform has no audio', () => {
    const { director, sounds } = setup({ available: false });
    director.unlock();
    director.setStage(4);
    director.handle({ type: 'trigger.fired' });
    expect(sounds).toHaveLength(0);
  });

  it('goes quiet on a load error without throwing or logging', () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const { director, sfx, music } = setup();
    director.unlock();
    director.setStage(1);
    sfx().onError();
    music('calm').onError();
    expect(() => {
      director.handle({ type: 'ui.click' });
      director.setStage(4);
      director.setStage(1);
      director.toggleMute();
    }).not.toThrow();
    expect(sfx().played).toEqual([]);
    expect(music('calm').active).toHaveLength(0);
    expect(music('crisis').ids.size).toBe(1); // The other loops still work.
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('survives a backend that throws on play or on creation', () => {
    const { director, sfx } = setup();
    director.unlock();
    sfx().throwOnPlay = true;
    expect(() => {
      director.handle({ type: 'ui.click' });
    }).not.toThrow();
    const broken = new AudioDirector({
      createSound: () => {
        throw new Error('AudioContext failed');
      },
      storage: memoryStorage(),
    });
    expect(() => {
      broken.unlock();
      broken.setStage(3);
      broken.handle({ type: 'ui.click' });
      broken.pause();
      broken.resume();
    }).not.toThrow();
  });
});
