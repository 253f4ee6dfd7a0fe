/** The new session's form: scenario, teams, how they play, lesson length and console PIN. */
import { INTENSITIES, type Content } from '../../content/schema.ts';
import { resizeTeams, retargetScenario } from '../../classroom/setup.ts';
import {
  CLASSROOM_MODES,
  LESSON_PRESETS,
  MAX_TEAMS,
  MIN_TEAMS,
  type ClassroomSetup,
} from '../../classroom/types.ts';
import type { GameServices } from '../services.ts';
import { INTENSITY_KEYS, LESSON_PRESET_KEYS } from '../textKeys.ts';
import { el } from '../ui/dom.ts';
import { scenarioOf } from '../../classroom/classroom.ts';
import { defaultTeamName } from './common.ts';
import { field, select, type SetupEditor } from './formControls.ts';
import { teamGrid } from './teamFields.ts';

/** The form, built from the editor's current set-up. */
export function setupForm(services: GameServices, content: Content, editor: SetupEditor) {
  const w = services.words;
  const setup = editor.current();
  const scenario = scenarioOf(content, setup.scenario);
  return el('section', { className: 'classroom-new' }, [
    el('h2', { textContent: w.classroom('setup.newHeading') }),
    generalFields(services, content, editor),
    el('h3', { textContent: w.classroom('setup.teamsHeading') }),
    teamGrid(services, editor, scenario?.roles ?? []),
    el('p', { className: 'facilitator-roles', id: 'facilitator-roles' }),
    el('div', { className: 'field-grid lesson-fields' }, lessonFields(services, editor)),
  ]);
}

function generalFields(services: GameServices, content: Content, editor: SetupEditor) {
  const w = services.words;
  const t = services.words.ui;
  const setup = editor.current();
  const scenario = select(
    content.scenarios.map((s) => ({ value: s.id, label: services.words.text(s.nameKey) })),
    setup.scenario,
    (id) => {
      const current = editor.current();
      const to = scenarioOf(content, id);
      if (!to) return;
      editor.set(retargetScenario(current, scenarioOf(content, current.scenario), to), 'scenario');
    },
  );
  scenario.dataset.focusKey = 'scenario';
  const count = select(
    Array.from({ length: MAX_TEAMS - MIN_TEAMS + 1 }, (_, i) => ({
      value: String(MIN_TEAMS + i),
      label: services.words.number(MIN_TEAMS + i),
    })),
    String(setup.teams.length),
    (value) => {
      const current = editor.current();
      const played = scenarioOf(content, current.scenario);
      if (!played) return;
      const nameOf = (colour: number) => defaultTeamName(w, colour);
      editor.set(resizeTeams(current, Number(value), played, nameOf), 'team-count');
    },
  );
  count.dataset.focusKey = 'team-count';
  const intensity = select(
    INTENSITIES.map((value) => ({ value, label: t(INTENSITY_KEYS[value]) })),
    setup.intensity,
    (value) => {
      editor.set({ ...editor.current(), intensity: value });
    },
  );
  const seed = el('input', { type: 'text' });
  seed.inputMode = 'numeric';
  seed.autocomplete = 'off';
  seed.value = String(setup.seed);
  seed.addEventListener('input', () => {
    const value = Number.parseInt(seed.value.replace(/\D/g, ''), 10);
    if (Number.isFinite(value) && value > 0 && value < 1e9) {
      editor.set({ ...editor.current(), seed: value });
    }
  });
  return el('div', { className: 'field-grid general-fields' }, [
    field(w.classroom('setup.scenario'), scenario, 'setup-scenario'),
    field(w.classroom('setup.teamCount'), count, 'setup-team-count'),
    field(w.classroom('setup.intensity'), intensity, 'setup-intensity'),
    field(w.classroom('setup.seed'), seed, 'setup-seed', w.classroom('setup.seedHint')),
  ]);
}

function lessonFields(services: GameServices, editor: SetupEditor): HTMLElement[] {
  const w = services.words;
  const setup = editor.current();
  const change = (patch: Partial<ClassroomSetup>): void => {
    editor.set({ ...editor.current(), ...patch });
  };
  const mode = el('fieldset', { className: 'radio-group' }, [
    el('legend', { textContent: w.classroom('setup.mode') }),
  ]);
  for (const value of CLASSROOM_MODES) {
    const input = el('input', { type: 'radio' });
    input.name = 'classroom-mode';
    input.value = value;
    input.checked = setup.mode === value;
    input.addEventListener('change', () => {
      change({ mode: value });
    });
    const key = value === 'hotSeat' ? 'setup.modeHotSeat' : 'setup.modeFacilitatorEntry';
    mode.append(el('label', { className: 'choice' }, [input, el('span', {}, [w.classroom(key)])]));
  }
  const preset = select(
    LESSON_PRESETS.map((value) => ({ value, label: w.classroom(LESSON_PRESET_KEYS[value]) })),
    setup.preset,
    (value) => {
      change({ preset: value });
    },
  );
  const plan = el('ul', { className: 'lesson-plan', id: 'lesson-plan' });
  plan.setAttribute('aria-live', 'polite');
  const pin = el('input', { type: 'text' });
  pin.inputMode = 'numeric';
  pin.autocomplete = 'off';
  pin.value = setup.pin ?? '';
  pin.addEventListener('input', () => {
    change({ pin: pin.value.trim() === '' ? null : pin.value.trim() });
  });
  return [
    mode,
    el('div', {}, [field(w.classroom('setup.preset'), preset, 'setup-preset'), plan]),
    field(w.classroom('setup.pin'), pin, 'setup-pin', w.classroom('setup.pinHint')),
  ];
}
