/**
 * The game's sound: plays the cue for each audio event, crossfades the music loop that fits the
 * escalation stage, and keeps the player's volumes. It talks to howler only through `SoundLike`,
 * so unit tests drive it with a fake. Every call into the audio backend is guarded: when audio is
 * missing, blocked or broken the game simply plays on in silence.
 */
import { cueFor, musicForStage, type AudioEvent } from './audioEvents.ts';
import { MUSIC_KEYS, type MusicKey, type SfxKey } from './soundDesign.ts';
import {
  effectiveGain,
  loadVolume,
  saveVolume,
  type SettingsStorage,
  type VolumeSettings,
} from './volumeSettings.ts';

/** The part of a howler `Howl` the director uses, with one unambiguous method per action. */
export interface SoundLike {
  /** Start a sprite cue (effects) or the whole sound (music); the playing id, or null. */
  play(sprite?: SfxKey): number | null;
  /** Continue a paused id. */
  resume(id: number): void;
  pause(id: number): void;
  stop(id: number): void;
  volume(id: number): number;
  setVolume(id: number, volume: number): void;
  fade(id: number, from: number, to: number, durationMs: number): void;
  /** Playback position of an id, seconds. */
  position(id: number): number;
  seek(id: number, seconds: number): void;
}

/** Which sound the factory should build. */
export type SoundRequest =
  { readonly kind: 'sfx' } | { readonly kind: 'music'; readonly loop: MusicKey };

/** Builds one sound; must call `onError` on howler's loaderror/playerror. */
export type SoundFactory = (request: SoundRequest, onError: () => void) => SoundLike;

/** A volume channel. */
export type VolumeChannel = 'music' | 'effects';

/** What the director is built from. */
export interface AudioDirectorOptions {
  readonly createSound: SoundFactory;
  readonly storage: SettingsStorage;
  /** False when the platform has no audio at all (howler's `noAudio`). */
  readonly available?: () => boolean;
  /** Length of the music crossfade. */
  readonly crossfadeMs?: number;
  /** Milliseconds clock for throttling repeated cues. */
  readonly now?: () => number;
  /** Called by `dispose()`, e.g. to remove DOM listeners. */
  readonly onDispose?: () => void;
}

/** Default music crossfade. */
export const CROSSFADE_MS = 1500;
/** The same cue is not restarted within this time (fast keyboard focus moves). */
const REPEAT_GAP_MS = 40;

interface LoopPlayback {
  readonly id: number;
  stopTimer: ReturnType<typeof setTimeout> | null;
}

/** Plays cues for audio events and adaptive music; see the module comment. */
export class AudioDirector {
  private readonly options: AudioDirectorOptions;
  private readonly crossfadeMs: number;
  private readonly now: () => number;
  private settings: VolumeSettings;
  private unlocked = false;
  private hidden = false;
  private disabled = false;
  private sfx: SoundLike | null = null;
  private readonly music = new Map<MusicKey, SoundLike>();
  private readonly broken = new Set<MusicKey | 'sfx'>();
  private readonly playing = new Map<MusicKey, LoopPlayback>();
  private readonly lastPlayed = new Map<SfxKey, number>();
  private wanted: MusicKey | null = null;
  private readonly listeners = new Set<(settings: Readonly<VolumeSettings>) => void>();

  constructor(options: AudioDirectorOptions) {
    this.options = options;
    this.crossfadeMs = options.crossfadeMs ?? CROSSFADE_MS;
    this.now = options.now ?? (() => performance.now());
    this.settings = loadVolume(options.storage);
  }

  /** Play the cue for an event; a stage change also moves the music. */
  handle(event: AudioEvent): void {
    if (event.type === 'stage.changed') this.setStage(event.to);
    const cue = cueFor(event);
    if (cue) this.playCue(cue);
  }

  /** Play one cue now (when audio is unlocked, visible and not muted). */
  playCue(cue: SfxKey): void {
    const sfx = this.sfx;
    const gain = effectiveGain(this.settings, 'effects');
    if (!sfx || !this.unlocked || this.hidden || this.broken.has('sfx') || gain === 0) return;
    const time = this.now();
    const last = this.lastPlayed.get(cue);
    if (last !== undefined && time - last < REPEAT_GAP_MS) return;
    this.lastPlayed.set(cue, time);
    this.guard('sfx', () => {
      const id = sfx.play(cue);
      if (id !== null) sfx.setVolume(id, gain);
    });
  }

  /** Follow the escalation stage (1–5) with the music: calm 1–2, tension 3, crisis 4–5. */
  setStage(stage: number): void {
    this.setMusic(musicForStage(stage));
  }

  /** Crossfade to a loop, or fade the music out with null. */
  setMusic(loop: MusicKey | null): void {
    this.wanted = loop;
    this.applyMusic();
  }

  /** Fade the music out (e.g. when leaving a session). */
  stopMusic(): void {
    this.setMusic(null);
  }

  /** The loop that should be heard now, if any. */
  get currentMusic(): MusicKey | null {
    return this.wanted;
  }

  /** Current volumes and mute. */
  get volume(): Readonly<VolumeSettings> {
    return { ...this.settings };
  }

  /** Hear about every change of volume or mute (e.g. to keep a settings panel in step). */
  onChange(listener: (settings: Readonly<VolumeSettings>) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Set one channel's volume (0–1); saved at once. */
  setVolume(channel: VolumeChannel, value: number): void {
    this.update({ ...this.settings, [channel]: value });
  }

  /** Mute or unmute everything; saved at once. */
  setMuted(muted: boolean): void {
    this.update({ ...this.settings, muted });
  }

  /** Flip mute (the mute key); returns the new state. */
  toggleMute(): boolean {
    this.setMuted(!this.settings.muted);
    return this.settings.muted;
  }

  /**
   * Call on the first pointer or key press. Only then are the sounds created (so the browser
   * never complains about an audio context started without a gesture) and the music begins.
   */
  unlock(): void {
    if (this.unlocked || this.disabled) return;
    if (this.options.available && !this.options.available()) {
      this.disabled = true;
      return;
    }
    this.unlocked = true;
    this.sfx = this.create({ kind: 'sfx' }, 'sfx');
    for (const loop of MUSIC_KEYS) {
      const sound = this.create({ kind: 'music', loop }, loop);
      if (sound) this.music.set(loop, sound);
    }
    this.applyMusic();
  }

  /** Whether `unlock()` has run and audio is available. */
  get isUnlocked(): boolean {
    return this.unlocked;
  }

  /** The tab was hidden: pause the music and drop cues until it is back. */
  pause(): void {
    if (this.hidden) return;
    this.hidden = true;
    for (const [loop, playback] of this.playing) {
      const sound = this.music.get(loop);
      if (playback.stopTimer !== null) {
        clearTimeout(playback.stopTimer);
        this.playing.delete(loop);
        this.guard(loop, () => sound?.stop(playback.id));
      } else {
        this.guard(loop, () => sound?.pause(playback.id));
      }
    }
  }

  /** The tab is visible again: continue the music where it was. */
  resume(): void {
    if (!this.hidden) return;
    this.hidden = false;
    for (const [loop, playback] of this.playing) {
      const sound = this.music.get(loop);
      if (loop === this.wanted) {
        this.guard(loop, () => {
          sound?.setVolume(playback.id, effectiveGain(this.settings, 'music'));
          sound?.resume(playback.id);
        });
      } else {
        this.playing.delete(loop);
        this.guard(loop, () => sound?.stop(playback.id));
      }
    }
    this.applyMusic();
  }

  /** Stop everything and release listeners. */
  dispose(): void {
    for (const [loop, playback] of this.playing) {
      if (playback.stopTimer !== null) clearTimeout(playback.stopTimer);
      this.guard(loop, () => this.music.get(loop)?.stop(playback.id));
    }
    this.playing.clear();
    this.disabled = true;
    this.options.onDispose?.();
  }

  private update(next: VolumeSettings): void {
    this.settings = saveVolume(this.options.storage, next);
    const gain = effectiveGain(this.settings, 'music');
    const playback = this.wanted ? this.playing.get(this.wanted) : undefined;
    if (this.wanted && playback && !this.hidden) {
      const sound = this.music.get(this.wanted);
      this.guard(this.wanted, () => sound?.setVolume(playback.id, gain));
    }
    for (const listener of this.listeners) listener(this.volume);
  }

  private applyMusic(): void {
    if (!this.unlocked || this.hidden) return;
    const target = this.wanted;
    let audible: LoopPlayback | undefined;
    let audibleLoop: MusicKey | undefined;
    for (const [loop, playback] of this.playing) {
      if (loop === target) continue;
      if (playback.stopTimer === null) {
        audible = playback;
        audibleLoop = loop;
      }
      this.fadeOut(loop, playback);
    }
    if (!target || this.broken.has(target)) return;
    const sound = this.music.get(target);
    if (!sound) return;
    const gain = effectiveGain(this.settings, 'music');
    const existing = this.playing.get(target);
    if (existing) {
      if (existing.stopTimer === null) return;
      clearTimeout(existing.stopTimer);
      existing.stopTimer = null;
      this.guard(target, () => {
        sound.fade(existing.id, sound.volume(existing.id), gain, this.crossfadeMs);
      });
      return;
    }
    this.guard(target, () => {
      const id = sound.play();
      if (id === null || this.broken.has(target)) return;
      this.playing.set(target, { id, stopTimer: null });
      // All loops share tempo and length: start the new one where the old one is.
      const previous = audibleLoop ? this.music.get(audibleLoop) : undefined;
      if (previous && audible) sound.seek(id, previous.position(audible.id));
      sound.setVolume(id, 0);
      sound.fade(id, 0, gain, this.crossfadeMs);
    });
  }

  private fadeOut(loop: MusicKey, playback: LoopPlayback): void {
    if (playback.stopTimer !== null) return;
    const sound = this.music.get(loop);
    this.guard(loop, () =>
      sound?.fade(playback.id, sound.volume(playback.id), 0, this.crossfadeMs),
    );
    playback.stopTimer = setTimeout(() => {
      this.playing.delete(loop);
      this.guard(loop, () => sound?.stop(playback.id));
    }, this.crossfadeMs + 50);
  }

  private create(request: SoundRequest, name: MusicKey | 'sfx'): SoundLike | null {
    try {
      return this.options.createSound(request, () => {
        this.fail(name);
      });
    } catch {
      this.broken.add(name);
      return null;
    }
  }

  /** Run a backend call; if it throws, that sound goes quiet instead of breaking the game. */
  private guard(name: MusicKey | 'sfx', action: () => void): void {
    if (this.broken.has(name)) return;
    try {
      action();
    } catch {
      this.fail(name);
    }
  }

  /** A sound failed to load or play: silence it for good, quietly. */
  private fail(name: MusicKey | 'sfx'): void {
    if (this.broken.has(name)) return;
    this.broken.add(name);
    if (name === 'sfx') return;
    const playback = this.playing.get(name);
    if (!playback) return;
    if (playback.stopTimer !== null) clearTimeout(playback.stopTimer);
    this.playing.delete(name);
    try {
      this.music.get(name)?.stop(playback.id);
    } catch {
      // Already broken: nothing more to do.
    }
  }
}
