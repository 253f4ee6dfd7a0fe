/**
 * Browser wiring: real howler sounds from the generated assets, the unlock on the first pointer
 * or key press, and pause while the tab is hidden. Call `createBrowserAudio()` once at start-up;
 * everything else (the mute key included, in the game layer) goes through the returned director.
 */
import { Howl, Howler } from 'howler';
import sfxMp3 from '../../assets/audio/sfx.mp3?url';
import sfxOpus from '../../assets/audio/sfx.opus?url';
import spriteMap from '../../assets/audio/sfx.sprite.json';
import calmMp3 from '../../assets/audio/music-calm.mp3?url';
import calmOpus from '../../assets/audio/music-calm.opus?url';
import crisisMp3 from '../../assets/audio/music-crisis.mp3?url';
import crisisOpus from '../../assets/audio/music-crisis.opus?url';
import tensionMp3 from '../../assets/audio/music-tension.mp3?url';
import tensionOpus from '../../assets/audio/music-tension.opus?url';
import { AudioDirector, type SoundLike, type SoundRequest } from './audioDirector.ts';
import { SFX_KEYS, type MusicKey, type SfxKey } from './soundDesign.ts';
import type { SettingsStorage } from './volumeSettings.ts';

/** Opus first, MP3 for browsers without Opus (older Safari). */
const MUSIC_SOURCES: Readonly<Record<MusicKey, readonly [string, string]>> = {
  calm: [calmOpus, calmMp3],
  tension: [tensionOpus, tensionMp3],
  crisis: [crisisOpus, crisisMp3],
};

/** The sprite map as howler wants it; the JSON's type guarantees every cue is there. */
function sprite(): Record<SfxKey, [number, number]> {
  const entries = SFX_KEYS.map((key) => {
    const [offset = 0, duration = 0] = spriteMap[key];
    return [key, [offset, duration]] as const;
  });
  return Object.fromEntries(entries) as Record<SfxKey, [number, number]>;
}

/** Adapt a Howl to the director's unambiguous `SoundLike`. */
function wrapHowl(howl: Howl): SoundLike {
  return {
    // howler returns null for an unknown sprite, whatever its types say.
    play: (cue) => howl.play(cue),
    resume: (id) => {
      howl.play(id);
    },
    pause: (id) => {
      howl.pause(id);
    },
    stop: (id) => {
      howl.stop(id);
    },
    volume: (id) => {
      const value = howl.volume(id);
      return typeof value === 'number' ? value : 0;
    },
    setVolume: (id, volume) => {
      howl.volume(volume, id);
    },
    fade: (id, from, to, durationMs) => {
      howl.fade(from, to, durationMs, id);
    },
    position: (id) => howl.seek(id),
    seek: (id, seconds) => {
      howl.seek(seconds, id);
    },
  };
}

function createHowl(request: SoundRequest, onError: () => void): SoundLike {
  const common = {
    html5: false,
    preload: true,
    volume: 0,
    onloaderror: onError,
    onplayerror: onError,
  };
  const howl =
    request.kind === 'sfx'
      ? new Howl({ ...common, volume: 1, src: [sfxOpus, sfxMp3], sprite: sprite() })
      : new Howl({ ...common, src: [...MUSIC_SOURCES[request.loop]], loop: true });
  return wrapHowl(howl);
}

/** localStorage that never throws (private modes, disabled storage): falls back to memory. */
function safeStorage(): SettingsStorage {
  const memory = new Map<string, string>();
  return {
    getItem: (key) => {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return memory.get(key) ?? null;
      }
    },
    setItem: (key, value) => {
      memory.set(key, value);
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // Kept in memory for this visit.
      }
    },
  };
}

/** Whether this browser can play sound at all (howler only finds out when a Howl is made). */
function hasAudio(): boolean {
  const webAudio = 'AudioContext' in window || 'webkitAudioContext' in window;
  return !Howler.noAudio && (webAudio || typeof window.Audio === 'function');
}

/** Options for `createBrowserAudio`. */
export interface BrowserAudioOptions {
  /** Where volumes are kept; localStorage by default. */
  readonly storage?: SettingsStorage;
}

/**
 * Build the game's audio: a director with real howler sounds, unlocked by the first pointer or
 * key press, paused while the tab is hidden.
 */
export function createBrowserAudio(options: BrowserAudioOptions = {}): AudioDirector {
  const onGesture = (): void => {
    director.unlock();
    document.removeEventListener('pointerdown', onGesture, true);
    document.removeEventListener('keydown', onGesture, true);
  };
  const onVisibility = (): void => {
    if (document.hidden) director.pause();
    else director.resume();
  };
  const director: AudioDirector = new AudioDirector({
    createSound: createHowl,
    storage: options.storage ?? safeStorage(),
    available: hasAudio,
    onDispose: () => {
      document.removeEventListener('pointerdown', onGesture, true);
      document.removeEventListener('keydown', onGesture, true);
      document.removeEventListener('visibilitychange', onVisibility);
    },
  });

  document.addEventListener('pointerdown', onGesture, true);
  document.addEventListener('keydown', onGesture, true);
  document.addEventListener('visibilitychange', onVisibility);
  if (document.hidden) director.pause();
  return director;
}
