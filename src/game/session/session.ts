import type { Content, Intensity, RoleId } from '../../content/schema.ts';
import {
  createGame,
  replay,
  step,
  type Action,
  type GameEvent,
  type GameState,
  type RejectReason,
} from '../../core/index.ts';
import type { AudibleSession, CoreChange } from './audioBridge.ts';
import { TypedEmitter } from './emitter.ts';
import { contentFingerprint } from '../../content/fingerprint.ts';
import {
  SAVE_FORMAT_VERSION,
  decodeSave,
  type SaveData,
  type SaveProblem,
  type SaveSlot,
} from './save.ts';

/** What a session tells scenes and audio. Scenes render from these and never touch the core. */
export interface SessionEvents extends Record<string, unknown> {
  /** An action was accepted; `events` explain every change it caused. */
  changed: {
    readonly state: GameState;
    readonly action: Action;
    readonly events: readonly GameEvent[];
  };
  /** An action was refused; the state is unchanged. */
  rejected: { readonly action: Action; readonly reason: RejectReason };
  /** The last round was resolved. */
  finished: { readonly state: GameState };
}

export interface SessionOptions {
  readonly seed: number;
  readonly roles?: readonly RoleId[];
  readonly intensity?: Intensity;
}

export type ResumeResult =
  | { readonly ok: true; readonly session: GameSession }
  | { readonly ok: false; readonly problem: SaveProblem | 'none' };

/**
 * Owns one game's state: turns player intents into core actions, emits typed events, and
 * autosaves (seed + action log) after every accepted action.
 */
export class GameSession implements AudibleSession {
  readonly content: Content;
  /** Wording for this game's class; display only. */
  readonly intensity: Intensity;
  private current: GameState;
  private readonly slot: SaveSlot | null;
  private readonly fingerprint: string;
  private readonly emitter = new TypedEmitter<SessionEvents>();

  private constructor(
    content: Content,
    state: GameState,
    slot: SaveSlot | null,
    intensity: Intensity,
  ) {
    this.content = content;
    this.intensity = intensity;
    this.current = state;
    this.slot = slot;
    this.fingerprint = contentFingerprint(content);
  }

  /** A new game; it is saved at once so Continue exists from the first moment. */
  static start(
    content: Content,
    scenarioId: string,
    options: SessionOptions,
    slot: SaveSlot | null,
  ): GameSession {
    const state = createGame(content, scenarioId, { seed: options.seed, roles: options.roles });
    const session = new GameSession(content, state, slot, options.intensity ?? 'standard');
    session.persist();
    return session;
  }

  /** Rebuild the saved game. An unusable save is set aside, never overwritten. */
  static resume(content: Content, slot: SaveSlot): ResumeResult {
    const raw = slot.read();
    if (raw === null) return { ok: false, problem: 'none' };
    const result = GameSession.fromText(content, raw, slot);
    if (!result.ok) slot.setAside(raw);
    return result;
  }

  /**
   * Rebuild a game from a save's text (a stored save or a downloaded file), checked exactly as
   * `resume` checks the stored one. Nothing is written: call `saveNow` to keep it in `slot`.
   */
  static fromText(content: Content, raw: string, slot: SaveSlot): ResumeResult {
    const decoded = decodeSave(raw, contentFingerprint(content));
    if (!decoded.ok) return { ok: false, problem: decoded.problem };
    const { scenario, seed, log, roles, intensity } = decoded.save;
    try {
      const { state } = replay(content, scenario, seed, log, roles);
      return { ok: true, session: new GameSession(content, state, slot, intensity) };
    } catch {
      return { ok: false, problem: 'replayFailed' };
    }
  }

  get state(): GameState {
    return this.current;
  }

  /** The game now (for the audio bridge, which serves the classroom session too). */
  get gameState(): GameState {
    return this.current;
  }

  /** Each accepted action, for the audio bridge. */
  onCoreChange(listener: (change: CoreChange) => void): () => void {
    return this.emitter.on('changed', listener);
  }

  on<K extends keyof SessionEvents>(
    name: K,
    listener: (payload: SessionEvents[K]) => void,
  ): () => void {
    return this.emitter.on(name, listener);
  }

  /** Apply one player intent. Returns the core's events (one `actionRejected` if refused). */
  dispatch(action: Action): readonly GameEvent[] {
    const result = step(this.current, action);
    const rejection = result.events.find((event) => event.type === 'actionRejected');
    if (rejection) {
      this.emitter.emit('rejected', { action, reason: rejection.reason });
      return result.events;
    }
    this.current = result.state;
    this.persist();
    this.emitter.emit('changed', { state: this.current, action, events: result.events });
    if (this.current.finished) this.emitter.emit('finished', { state: this.current });
    return result.events;
  }

  takeMeasure(role: RoleId, measure: string): readonly GameEvent[] {
    return this.dispatch({ kind: 'takeMeasure', role, measure });
  }

  withdrawMeasure(role: RoleId, measure: string): readonly GameEvent[] {
    return this.dispatch({ kind: 'withdrawMeasure', role, measure });
  }

  endTurn(role: RoleId): readonly GameEvent[] {
    return this.dispatch({ kind: 'endTurn', role });
  }

  endRound(): readonly GameEvent[] {
    return this.dispatch({ kind: 'endRound' });
  }

  /**
   * Facilitator: bring the next later occurrence of a scheduled trigger into this round (see
   * `triggerPreview` in the core for what it will do). Refused with `triggerNotScheduled`.
   */
  advanceTrigger(trigger: string): readonly GameEvent[] {
    return this.dispatch({ kind: 'advanceTrigger', trigger });
  }

  /** The save for the current state. */
  toSave(): SaveData {
    return {
      format: 'act-early-save',
      version: SAVE_FORMAT_VERSION,
      content: this.fingerprint,
      scenario: this.current.model.scenarioId,
      seed: this.current.seed,
      roles: [...this.current.roles],
      intensity: this.intensity,
      finished: this.current.finished,
      log: [...this.current.log],
    };
  }

  /** Write the save now (a game opened from a file replaces the stored one). */
  saveNow(): void {
    this.persist();
  }

  private persist(): void {
    this.slot?.write(this.toSave());
  }
}
