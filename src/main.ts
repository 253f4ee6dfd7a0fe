import Phaser from 'phaser';
import './game/ui/styles.css';
import { createGameConfig } from './game/config.ts';
import { GameServices } from './game/services.ts';
import { installTestHook } from './game/testHook.ts';
import { initI18n } from './i18n/index.ts';

const i18n = await initI18n();
const hook = installTestHook(i18n.resolvedLanguage ?? i18n.language);
i18n.on('languageChanged', (language: string) => {
  hook.language = language;
});

const parent = document.getElementById('game');
if (!parent) throw new Error('index.html must contain #game.');
new Phaser.Game(createGameConfig(parent, new GameServices(i18n, hook)));
