import Phaser from 'phaser';
import './game/ui/styles.css';
import './game/ui/screens.css';
import './game/ui/play.css';
import './game/ui/debrief.css';
import './game/ui/audio.css';
import type { AudioDirector } from './audio/audioDirector.ts';
import { createBrowserAudio } from './audio/browserAudio.ts';
import { createGameConfig } from './game/config.ts';
import { GameServices } from './game/services.ts';
import { installTestHook } from './game/testHook.ts';
import { installUiSounds, showMuteToast, Toaster } from './game/ui/audioFeedback.ts';
import { initI18n } from './i18n/index.ts';

// Installed before anything awaits, so tests can poll it from the first moment.
const hook = installTestHook(document.documentElement.lang);
const i18n = await initI18n();
hook.language = i18n.resolvedLanguage ?? i18n.language;
i18n.on('languageChanged', (language: string) => {
  hook.language = language;
});

const parent = document.getElementById('game');
if (!parent) throw new Error('index.html must contain #game.');
const services = new GameServices(i18n, hook, window.localStorage);

/** Sound is a bonus: if anything about it fails, the game plays on in silence. */
function startAudio(): AudioDirector | null {
  try {
    const toaster = new Toaster(document.getElementById('app') ?? document.body);
    const audio = createBrowserAudio({
      onMuteKey: (muted) => {
        showMuteToast(toaster, i18n, muted);
      },
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

services.audio = startAudio();
new Phaser.Game(createGameConfig(parent, services));
