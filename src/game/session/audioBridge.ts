/**
 * The only link between a game session and its sound: maps the session's typed events onto audio
 * events and hands them to the director. Scenes never call sounds; the core knows nothing of audio.
 */
import type { AudioDirector } from '../../audio/audioDirector.ts';
import type { AudioEvent, DebriefOutcome } from '../../audio/audioEvents.ts';
import { outcomeOf, type Action, type GameEvent, type GameState } from '../../core/index.ts';

/** The part of the director the bridge uses (a fake in tests). */
export type AudioSink = Pick<AudioDirector, 'handle' | 'setStage' | 'setMusic'>;

/** Time between the cues of one round, so they are heard one after another, not as a chord. */
export const CUE_SPACING_MS = 320;

/**
 * The audio events for one accepted action, in the order they should be heard. A round that
 * reveals several signs plays one warning cue (the clearest sign's), and one cue per kind of
 * news, so a busy round stays a short phrase rather than a pile of sounds.
 */
export function audioEventsFor(
  action: Action,
  events: readonly GameEvent[],
): readonly AudioEvent[] {
  const has = (type: GameEvent['type']): boolean => events.some((event) => event.type === type);
  const out: AudioEvent[] = [];
  if (action.kind === 'takeMeasure' && has('measureTaken')) out.push({ type: 'measure.taken' });
  if (has('roundEnded')) out.push({ type: 'round.ended' });
  if (has('measureActivated')) out.push({ type: 'measure.effective' });
  // Only signs the players actually see; `signOccurred` stays silent until it is detected.
  const seen = events.flatMap((event) => (event.type === 'signDetected' ? [event.confidence] : []));
  if (seen.length > 0) out.push({ type: 'sign.arrived', confidence: Math.max(...seen) });
  if (has('triggerFired')) out.push({ type: 'trigger.fired' });
  const stages = events.flatMap((event) => (event.type === 'stageChanged' ? [event] : []));
  const first = stages.at(0);
  const last = stages.at(-1);
  if (first && last && first.from !== last.to) {
    out.push({ type: 'stage.changed', from: first.from, to: last.to });
  }
  return out;
}

/** The debrief's audio event for a finished game. */
export function debriefEvent(state: GameState): AudioEvent {
  const outcome: DebriefOutcome = outcomeOf(state.peakStage);
  return { type: 'debrief.shown', outcome };
}

/** An accepted core action and what it caused. */
export interface CoreChange {
  readonly state: GameState;
  readonly action: Action;
  readonly events: readonly GameEvent[];
}

/** What the bridge needs of a session, self-paced or classroom. */
export interface AudibleSession {
  /** The core game now (its stage sets the music). */
  readonly gameState: GameState;
  /** Be told of each accepted core action; returns the unsubscribe. */
  onCoreChange(listener: (change: CoreChange) => void): () => void;
}

/**
 * Let a session drive the sound: the music follows its stage from now on and each accepted action
 * plays its cues, spaced by `CUE_SPACING_MS`. Returns the unsubscribe, which also drops cues not
 * yet played and returns the music to the calm loop of the menus. A null director does nothing.
 */
export function connectSessionAudio(session: AudibleSession, audio: AudioSink | null): () => void {
  if (!audio) return () => undefined;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const play = (queue: readonly AudioEvent[]): void => {
    queue.forEach((event, index) => {
      if (index === 0) {
        audio.handle(event);
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        audio.handle(event);
      }, index * CUE_SPACING_MS);
      timers.add(timer);
    });
  };
  audio.setStage(session.gameState.stage);
  const off = session.onCoreChange(({ state, action, events }) => {
    play(audioEventsFor(action, events));
    // The game is over: the music settles on the stage it ended at.
    if (state.finished) audio.setStage(state.stage);
  });
  return () => {
    off();
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    audio.setMusic('calm');
  };
}

/**
 * The debrief's outcome cue, heard once per finished game: a language switch rebuilds the
 * debrief scene, which owns one of these, and must not replay it.
 */
export class DebriefCue {
  private readonly heard = new WeakSet<GameState>();

  /** The debrief opened: play its outcome cue (once) and let the calm loop carry the discussion. */
  play(state: GameState, audio: AudioSink | null): void {
    if (!audio) return;
    if (!this.heard.has(state)) audio.handle(debriefEvent(state));
    this.heard.add(state);
    audio.setMusic('calm');
  }
}
