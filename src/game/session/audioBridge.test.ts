import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AudioDirector, type SoundLike } from '../../audio/audioDirector.ts';
import { musicForStage, type AudioEvent } from '../../audio/audioEvents.ts';
import type { MusicKey, SfxKey } from '../../audio/soundDesign.ts';
import { FIXTURE_SCENARIO, fixtureFiles, fixtureLocale } from '../../content/fixtures/index.ts';
import { loadContentOrThrow } from '../../content/load.ts';
import { outcomeOf, type Action, type GameEvent } from '../../core/index.ts';
import {
  CUE_SPACING_MS,
  audioEventsFor,
  connectSessionAudio,
  debriefEvent,
  DebriefCue,
  type AudioSink,
} from './audioBridge.ts';
import { GameSession } from './session.ts';

const content = loadContentOrThrow(fixtureFiles, fixtureLocale);

/** Records everything the bridge asks of the director. */
function fakeSink(): AudioSink & {
  events: AudioEvent[];
  stages: number[];
  music: (MusicKey | null)[];
} {
  const sink = {
    events: [] as AudioEvent[],
    stages: [] as number[],
    music: [] as (MusicKey | null)[],
    handle: (event: AudioEvent) => {
      sink.events.push(event);
    },
    setStage: (stage: number) => {
      sink.stages.push(stage);
    },
    setMusic: (loop: MusicKey | null) => {
      sink.music.push(loop);
    },
  };
  return sink;
}

/** Play the fixture to its end doing nothing but ending rounds; every accepted payload. */
function idleGame(seed: number): {
  session: GameSession;
  payloads: { action: Action; events: readonly GameEvent[] }[];
} {
  const session = GameSession.start(content, FIXTURE_SCENARIO, { seed }, null);
  const payloads: { action: Action; events: readonly GameEvent[] }[] = [];
  session.on('changed', ({ action, events }) => payloads.push({ action, events }));
  while (!session.state.finished) session.endRound();
  return { session, payloads };
}

/** A session just before a round that plays at least two cues, and that round's queue. */
function beforeBusyRound(seed: number): { session: GameSession; queue: readonly AudioEvent[] } {
  const { payloads } = idleGame(seed);
  const index = payloads.findIndex((p) => audioEventsFor(p.action, p.events).length >= 2);
  const busy = payloads[index];
  if (!busy) throw new Error('no round with several cues');
  const session = GameSession.start(content, FIXTURE_SCENARIO, { seed }, null);
  for (let i = 0; i < index; i++) session.endRound();
  return { session, queue: audioEventsFor(busy.action, busy.events) };
}

describe('audioEventsFor', () => {
  it('plays measure.taken when a measure is committed, and nothing for a refusal', () => {
    const session = GameSession.start(content, FIXTURE_SCENARIO, { seed: 3 }, null);
    const taken = session.takeMeasure('government', 'risk_assessment');
    expect(
      audioEventsFor({ kind: 'takeMeasure', role: 'government', measure: 'x' }, taken),
    ).toEqual([{ type: 'measure.taken' }]);
    const refused = session.takeMeasure('government', 'risk_assessment');
    expect(refused.map((event) => event.type)).toEqual(['actionRejected']);
    expect(audioEventsFor({ kind: 'endRound' }, refused)).toEqual([]);
  });

  it('maps every round of a real game: round end, then the news, one cue per kind', () => {
    const { payloads } = idleGame(11);
    let signs = 0;
    let stages = 0;
    let triggers = 0;
    for (const { action, events } of payloads) {
      const audio = audioEventsFor(action, events);
      expect(audio[0]).toEqual({ type: 'round.ended' });
      const detected = events.flatMap((event) =>
        event.type === 'signDetected' ? [event.confidence] : [],
      );
      const sign = audio.filter((event) => event.type === 'sign.arrived');
      if (detected.length > 0) {
        signs++;
        expect(sign).toEqual([{ type: 'sign.arrived', confidence: Math.max(...detected) }]);
      } else {
        // Signs that occurred but were not seen make no sound: that would give them away.
        expect(sign).toEqual([]);
      }
      const fired = events.some((event) => event.type === 'triggerFired');
      if (fired) triggers++;
      expect(audio.filter((event) => event.type === 'trigger.fired')).toHaveLength(fired ? 1 : 0);
      const change = events.find((event) => event.type === 'stageChanged');
      const stage = audio.filter((event) => event.type === 'stage.changed');
      if (change) {
        stages++;
        expect(stage).toEqual([{ type: 'stage.changed', from: change.from, to: change.to }]);
      } else {
        expect(stage).toEqual([]);
      }
      expect(new Set(audio.map((event) => event.type)).size).toBe(audio.length);
    }
    // The idle game really exercised the mapping.
    expect(signs).toBeGreaterThan(0);
    expect(triggers).toBeGreaterThan(0);
    expect(stages).toBeGreaterThan(0);
  });

  it('plays measure.effective when a measure takes effect', () => {
    const session = GameSession.start(content, FIXTURE_SCENARIO, { seed: 5 }, null);
    session.takeMeasure('nhri', 'nhri_monitoring');
    const effective: boolean[] = [];
    for (let round = 0; round < 4 && !session.state.finished; round++) {
      const events = session.endRound();
      const activated = events.some((event) => event.type === 'measureActivated');
      const audio = audioEventsFor({ kind: 'endRound' }, events);
      expect(audio.some((event) => event.type === 'measure.effective')).toBe(activated);
      effective.push(activated);
    }
    expect(effective).toContain(true);
  });

  it('gives the debrief the outcome of the peak stage', () => {
    const { session } = idleGame(11);
    expect(debriefEvent(session.state)).toEqual({
      type: 'debrief.shown',
      outcome: outcomeOf(session.state.peakStage),
    });
  });
});

describe('connectSessionAudio', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows the stage from the start and spaces the cues of a round', () => {
    const session = GameSession.start(content, FIXTURE_SCENARIO, { seed: 11 }, null);
    const sink = fakeSink();
    const off = connectSessionAudio(session, sink);
    expect(sink.stages).toEqual([session.state.stage]);
    session.takeMeasure('government', 'risk_assessment');
    expect(sink.events).toEqual([{ type: 'measure.taken' }]);
    off();

    const { session: busy, queue } = beforeBusyRound(11);
    const second = fakeSink();
    connectSessionAudio(busy, second);
    busy.endRound();
    expect(second.events).toEqual(queue.slice(0, 1));
    vi.advanceTimersByTime(CUE_SPACING_MS);
    expect(second.events).toEqual(queue.slice(0, 2));
    vi.advanceTimersByTime(10 * CUE_SPACING_MS);
    expect(second.events).toEqual(queue);
  });

  it('stops listening, drops queued cues and returns to calm when disconnected', () => {
    const { session } = beforeBusyRound(11);
    const sink = fakeSink();
    const off = connectSessionAudio(session, sink);
    session.endRound();
    expect(sink.events).toHaveLength(1);
    off();
    vi.advanceTimersByTime(10 * CUE_SPACING_MS);
    expect(sink.events).toHaveLength(1);
    expect(sink.music).toEqual(['calm']);
    if (!session.state.finished) session.endRound();
    expect(sink.events).toHaveLength(1);
  });

  it('sets the final stage when the game finishes, and the debrief plays its outcome', () => {
    const session = GameSession.start(content, FIXTURE_SCENARIO, { seed: 11 }, null);
    const sink = fakeSink();
    connectSessionAudio(session, sink);
    while (!session.state.finished) session.endRound();
    expect(sink.stages.at(-1)).toBe(session.state.stage);
    const cue = new DebriefCue();
    cue.play(session.state, sink);
    expect(sink.events.at(-1)).toEqual(debriefEvent(session.state));
    expect(sink.music.at(-1)).toBe('calm');
    // Rebuilding the debrief (a language switch) does not replay the outcome.
    const heard = sink.events.length;
    cue.play(session.state, sink);
    expect(sink.events).toHaveLength(heard);
  });

  it('does nothing without a director, and the game goes on', () => {
    const session = GameSession.start(content, FIXTURE_SCENARIO, { seed: 11 }, null);
    const off = connectSessionAudio(session, null);
    expect(() => {
      session.endRound();
      off();
      new DebriefCue().play(session.state, null);
    }).not.toThrow();
    expect(session.state.round).toBe(2);
  });

  it('drives a real director to the right cues and music', () => {
    const played: (SfxKey | MusicKey)[] = [];
    const sound = (name: MusicKey | 'sfx'): SoundLike => ({
      play: (cue) => {
        played.push(cue ?? (name as MusicKey));
        return played.length;
      },
      resume: () => undefined,
      pause: () => undefined,
      stop: () => undefined,
      volume: () => 0,
      setVolume: () => undefined,
      fade: () => undefined,
      position: () => 0,
      seek: () => undefined,
    });
    const memory = new Map<string, string>();
    const director = new AudioDirector({
      createSound: (request) => sound(request.kind === 'sfx' ? 'sfx' : request.loop),
      storage: { getItem: (key) => memory.get(key) ?? null, setItem: (k, v) => memory.set(k, v) },
      now: () => Date.now(),
    });
    director.unlock();
    const session = GameSession.start(content, FIXTURE_SCENARIO, { seed: 11 }, null);
    connectSessionAudio(session, director);
    expect(played).toEqual(['calm']);
    session.takeMeasure('government', 'risk_assessment');
    expect(played.at(-1)).toBe('measureTaken');
    while (!session.state.finished) {
      session.endRound();
      vi.advanceTimersByTime(10 * CUE_SPACING_MS);
    }
    expect(played).toContain('roundEnd');
    expect(played.some((cue) => cue === 'warningSoft' || cue === 'warningStrong')).toBe(true);
    expect(played).toContain('stageUp');
    expect(director.currentMusic).toBe(musicForStage(session.state.stage));
  });
});
