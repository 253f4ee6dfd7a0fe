import type { AudioDirector } from '../audio/audioDirector.ts';
import { createBrowserAudio } from '../audio/browserAudio.ts';
import type { SettingsStorage } from '../audio/volumeSettings.ts';
import type { Translator } from './translator.ts';
import { bindMuteKey, installUiSounds, showMuteToast, Toaster } from './ui/audioFeedback.ts';

/**
 * Start the game's sound. Loaded as its own chunk once the title is interactive, so howler is
 * not part of the first download. Volumes and mute are kept in the game's guarded storage.
 * Sound is a bonus: if anything fails, the game plays on silently.
 */
export function startAudio(words: Translator, storage: SettingsStorage): AudioDirector | null {
  try {
    const toaster = new Toaster(document.getElementById('app') ?? document.body);
    const audio = createBrowserAudio({ storage });
    bindMuteKey(document, audio, (muted) => {
      showMuteToast(toaster, words, muted);
    });
    // The menus have the calm loop; a session's stage takes over in play.
    audio.setMusic('calm');
    const ui = document.getElementById('ui');
    if (ui) {
      installUiSounds(ui, (event) => {
        audio.handle(event);
      });
    }
    return audio;
  } catch {
    return null;
  }
}
