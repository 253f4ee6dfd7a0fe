import type { AudioDirector, VolumeChannel } from '../../audio/audioDirector.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import type { GameServices } from '../services.ts';
import { MOTION_CHOICES, TEXT_SCALES, type Preferences } from '../settings/preferences.ts';
import type { Translator, UiKey } from '../translator.ts';
import { button, el } from './dom.ts';
import { chooseLanguage } from './languagePicker.ts';

interface Choice<T> {
  value: T;
  label: UiKey;
}

/** A labelled group of radio buttons; arrow keys move between them natively. */
function radioGroup<T extends string | number>(
  name: string,
  legend: string,
  choices: Choice<T>[],
  current: T,
  onChange: (value: T) => void,
  t: Translator['ui'],
): HTMLFieldSetElement {
  const fieldset = el('fieldset', { className: 'settings-group' }, [
    el('legend', { textContent: legend }),
  ]);
  for (const choice of choices) {
    const input = el('input', { type: 'radio' });
    input.name = name;
    input.value = String(choice.value);
    input.checked = choice.value === current;
    input.addEventListener('change', () => {
      if (input.checked) onChange(choice.value);
    });
    fieldset.append(el('label', { className: 'settings-choice' }, [input, t(choice.label)]));
  }
  return fieldset;
}

const TEXT_SCALE_LABELS: Record<Preferences['textScale'], UiKey> = {
  1: 'settings.textSize.normal',
  1.25: 'settings.textSize.large',
  1.5: 'settings.textSize.larger',
};

const MOTION_LABELS: Record<Preferences['motion'], UiKey> = {
  system: 'settings.motion.system',
  reduce: 'settings.motion.reduce',
  full: 'settings.motion.full',
};

const VOLUME_LABELS: Record<VolumeChannel, UiKey> = {
  music: 'settings.volume.music',
  effects: 'settings.volume.effects',
};

/** Music and effects sliders (0–100, value shown), mute, and the mute key; kept in step with M. */
function soundGroup(audio: AudioDirector, t: Translator['ui']): HTMLFieldSetElement {
  const fieldset = el('fieldset', { className: 'settings-group sound-settings' }, [
    el('legend', { textContent: t('settings.volume.label') }),
  ]);
  const percent = (value: number): string =>
    t('settings.volume.value', { percent: Math.round(value * 100) });
  const sliders = (['music', 'effects'] as const).map((channel) => {
    const input = el('input', { type: 'range', id: `settings-volume-${channel}` });
    input.min = '0';
    input.max = '100';
    input.step = '5';
    const value = el('span', { className: 'volume-value' });
    value.setAttribute('aria-hidden', 'true');
    const label = el('label', {
      className: 'settings-label',
      textContent: t(VOLUME_LABELS[channel]),
    });
    label.htmlFor = input.id;
    input.addEventListener('input', () => {
      audio.setVolume(channel, Number(input.value) / 100);
    });
    fieldset.append(el('div', { className: 'volume-row' }, [label, input, value]));
    return { channel, input, value };
  });
  const mute = el('input', { type: 'checkbox', id: 'settings-mute' });
  mute.addEventListener('change', () => {
    audio.setMuted(mute.checked);
  });
  fieldset.append(
    el('label', { className: 'settings-choice' }, [mute, t('settings.volume.mute')]),
    el('p', { className: 'volume-key', textContent: t('settings.volume.muteKey') }),
  );
  const show = (): void => {
    const volume = audio.volume;
    for (const { channel, input, value } of sliders) {
      input.value = String(Math.round(volume[channel] * 100));
      input.setAttribute('aria-valuetext', percent(volume[channel]));
      value.textContent = percent(volume[channel]);
    }
    mute.checked = volume.muted;
  };
  show();
  const off = audio.onChange(() => {
    if (fieldset.isConnected) show();
    else off();
  });
  return fieldset;
}

/** Open the settings over whatever screen is showing; changes apply and persist at once. */
export function openSettingsPanel(services: GameServices): void {
  const t = services.words.ui;
  const prefs = services.preferences;
  const content: HTMLElement[] = [
    el('h2', { id: 'settings-heading', textContent: t('settings.heading') }),
  ];

  if (LANGUAGES.length > 1) {
    const select = el('select', { id: 'settings-language' });
    for (const language of LANGUAGES) {
      const option = el('option', { textContent: language.nativeName });
      option.value = language.code;
      option.lang = language.code;
      option.selected = language.code === services.i18n.resolvedLanguage;
      select.append(option);
    }
    select.addEventListener('change', () => {
      chooseLanguage(services, select.value);
    });
    const label = el('label', { className: 'settings-label', textContent: t('settings.language') });
    label.htmlFor = select.id;
    content.push(el('div', { className: 'settings-group' }, [label, select]));
  }

  content.push(
    radioGroup(
      'text-size',
      t('settings.textSize.label'),
      TEXT_SCALES.map((value) => ({ value, label: TEXT_SCALE_LABELS[value] })),
      prefs.textScale,
      (textScale) => {
        services.updatePreferences({ textScale });
      },
      t,
    ),
    radioGroup(
      'motion',
      t('settings.motion.label'),
      MOTION_CHOICES.map((value) => ({ value, label: MOTION_LABELS[value] })),
      prefs.motion,
      (motion) => {
        services.updatePreferences({ motion });
      },
      t,
    ),
  );

  const contrast = el('input', { type: 'checkbox', id: 'settings-contrast' });
  contrast.checked = prefs.highContrast;
  contrast.addEventListener('change', () => {
    services.updatePreferences({ highContrast: contrast.checked });
  });
  content.push(
    el('div', { className: 'settings-group' }, [
      el('label', { className: 'settings-choice' }, [contrast, t('settings.highContrast')]),
    ]),
  );

  if (services.audio) content.push(soundGroup(services.audio, t));

  const closeButton = button('menu-button', t('settings.close'));
  const close = services.ui.modals.dialog('settings-heading', content, [closeButton]);
  closeButton.addEventListener('click', close);
}
