import './game/strictCsp.ts';
import Phaser from 'phaser';
import './game/ui/styles.css';
import './game/ui/screens.css';
import './game/ui/play.css';
import './game/ui/debrief.css';
import './game/ui/audio.css';
import './game/ui/compact.css';
import { createGameConfig } from './game/config.ts';
import { importContentFiles } from './game/content.ts';
import { sleepWhenIdle } from './game/idleLoop.ts';
import { SCENE_ENTERED } from './game/scenes/ActEarlyScene.ts';
import { GameServices } from './game/services.ts';
import { browserStorage, GuardedStorage } from './game/storage/guardedStorage.ts';
import { mountSaveNotice } from './game/storage/saveNotice.ts';
import { installTestHook } from './game/testHook.ts';
import { startServiceWorker } from './game/update/serviceWorker.ts';
import { mountUpdateOffer } from './game/update/updateOffer.ts';
import { initI18n } from './i18n/index.ts';

/*
 * Start-up runs in an async function, not as top-level await: Rolldown turns its chunk
 * optimisations off for a module graph with top-level await, and then splits code that lazy
 * chunks share with the start into extra chunks the first load has to fetch.
 */
async function start(): Promise<void> {
  // Installed before anything awaits, so tests can poll it from the first moment.
  const hook = installTestHook(document.documentElement.lang);
  // The content downloads while the locale loads and Phaser boots; the Preloader validates it.
  const contentFiles = importContentFiles();
  contentFiles.catch(() => undefined);
  const i18n = await initI18n();
  hook.language = i18n.resolvedLanguage ?? i18n.language;
  i18n.on('languageChanged', (language: string) => {
    hook.language = language;
  });

  const parent = document.getElementById('game');
  if (!parent) throw new Error('index.html must contain #game.');
  const storage = new GuardedStorage(browserStorage());
  const services = new GameServices(i18n, hook, storage);
  services.prefetchContent(contentFiles);

  services.provideAudio(async () => {
    const { startAudio } = await import('./game/audioStart.ts');
    return startAudio(services.words, storage);
  });

  const game = new Phaser.Game(createGameConfig(parent, services));
  sleepWhenIdle(game);

  // Offline play; a new version waits for a safe moment (the title or the debrief).
  const update = mountUpdateOffer(
    services.words,
    parent.parentElement ?? document.body,
    (message) => {
      services.ui.announce(message);
    },
  );
  // A save storage refuses is said once, with "Download my game"; play goes on.
  mountSaveNotice(services.words, parent.parentElement ?? document.body, storage, (message) => {
    services.ui.announce(message);
  });
  game.events.on(SCENE_ENTERED, (key: string) => {
    update.gate.sceneEntered(key);
  });
  startServiceWorker(update.gate, update.setApply);
}

void start();
