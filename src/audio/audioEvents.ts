/**
 * The contract between the game and its sound: the session adapter (src/game) maps the core's
 * events and the UI's interactions onto these audio events and hands them to
 * `AudioDirector.handle`. Scenes never call sounds directly, and the core knows nothing of audio.
 */
import type { MusicKey, SfxKey } from './soundDesign.ts';

/** How a session ended, as the debrief reports it. */
export type DebriefOutcome = 'averted' | 'contained' | 'atrocity';

/** Everything audio reacts to. */
export type AudioEvent =
  /** A button or control was activated. */
  | { readonly type: 'ui.click' }
  /** Keyboard focus moved to another control. */
  | { readonly type: 'ui.focus' }
  /** A measure card was selected (not yet committed). */
  | { readonly type: 'card.select' }
  /** A role committed a measure this turn. */
  | { readonly type: 'measure.taken' }
  /** The turn (round) was resolved. */
  | { readonly type: 'round.ended' }
  /** A warning sign reached the players; `confidence` 0–1 is how clearly monitoring sees it. */
  | { readonly type: 'sign.arrived'; readonly confidence: number }
  /** A scheduled trigger (election, census, commemoration, shock…) happened. */
  | { readonly type: 'trigger.fired' }
  /** The escalation stage (1–5) changed; also moves the music. */
  | { readonly type: 'stage.changed'; readonly from: number; readonly to: number }
  /** A measure's delay ran out and it took effect. */
  | { readonly type: 'measure.effective' }
  /** The debrief opened with this outcome. */
  | { readonly type: 'debrief.shown'; readonly outcome: DebriefOutcome };

/** The `type` of an audio event. */
export type AudioEventType = AudioEvent['type'];

/** From this confidence on, a warning sign gets the stronger cue. */
export const STRONG_SIGN_CONFIDENCE = 0.6;

type CueRule<K extends AudioEventType> = (event: Extract<AudioEvent, { type: K }>) => SfxKey | null;

/** Which cue each event plays (null: none). */
export const EVENT_CUES: { readonly [K in AudioEventType]: CueRule<K> } = {
  'ui.click': () => 'click',
  'ui.focus': () => 'focus',
  'card.select': () => 'select',
  'measure.taken': () => 'measureTaken',
  'round.ended': () => 'roundEnd',
  'sign.arrived': (event) =>
    event.confidence >= STRONG_SIGN_CONFIDENCE ? 'warningStrong' : 'warningSoft',
  'trigger.fired': () => 'trigger',
  'stage.changed': (event) =>
    event.to > event.from ? 'stageUp' : event.to < event.from ? 'stageDown' : null,
  'measure.effective': () => 'measureEffective',
  'debrief.shown': (event) =>
    event.outcome === 'averted'
      ? 'debriefSuccess'
      : event.outcome === 'contained'
        ? 'debriefMixed'
        : 'debriefFailure',
};

/** The cue for an event, or null when it plays none. */
export function cueFor(event: AudioEvent): SfxKey | null {
  // The table is indexed by the event's own type, so the rule always fits the event.
  const rule = EVENT_CUES[event.type] as (event: AudioEvent) => SfxKey | null;
  return rule(event);
}

/** The music loop for an escalation stage: calm for 1–2, tension for 3, crisis for 4–5. */
export function musicForStage(stage: number): MusicKey {
  if (stage >= 4) return 'crisis';
  if (stage >= 3) return 'tension';
  return 'calm';
}
