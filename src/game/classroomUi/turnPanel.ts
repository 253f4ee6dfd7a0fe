/**
 * The team's panel beside the roles in the classroom situation room: who is playing, the round
 * timer (visible to all, pausable and extendable: WCAG 2.2.1), the team's one-line note and Done.
 */
import { teamOf } from '../../classroom/setup.ts';
import { latestRound, type ClassroomState } from '../../classroom/state.ts';
import type { TeamSetup } from '../../classroom/types.ts';
import type { GameServices } from '../services.ts';
import { button, el } from '../ui/dom.ts';
import type { ClassroomSession } from './classroomSession.ts';
import { teamSwatch } from './common.ts';

/** What the panel needs from its scene. */
export interface TurnPanelContext {
  readonly services: GameServices;
  readonly session: ClassroomSession;
  readonly state: ClassroomState;
  /** The team acting now (at the projector, or entered for by the facilitator). */
  readonly team: TeamSetup | null;
  /** Facilitator entry: another team was chosen to enter for. */
  readonly chooseEntryTeam: (team: string) => void;
}

/** A labelled button that remembers focus across re-renders. */
function control(className: string, label: string, focusKey: string, action: () => void) {
  const node = button(className, label, action);
  node.dataset.focusKey = focusKey;
  return node;
}

/** The round timer: big digits, with Pause/Resume and +1 minute when a timer runs. */
export function timerBlock(services: GameServices, session: ClassroomSession): HTMLElement {
  const w = services.words;
  const state = session.state;
  const display = el('p', { className: 'classroom-timer', id: 'classroom-timer' });
  display.setAttribute('role', 'timer');
  display.setAttribute('aria-label', w.classroom('play.timerLabel'));
  const block = el('div', { className: 'timer-block' }, [display]);
  if (state.timer) {
    const pause = control(
      'tool-button',
      w.classroom(state.paused ? 'play.timerResumeShort' : 'play.timerPauseShort'),
      'timer-pause',
      () => session.dispatch({ kind: state.paused ? 'resume' : 'pause' }),
    );
    // The short visible word starts the longer accessible name (WCAG 2.5.3).
    pause.setAttribute(
      'aria-label',
      w.classroom(state.paused ? 'play.timerResume' : 'play.timerPause'),
    );
    const extend = control('tool-button', w.classroom('play.timerExtend'), 'timer-extend', () =>
      session.dispatch({ kind: 'extendTimer' }),
    );
    block.append(el('div', { className: 'timer-buttons' }, [pause, extend]));
  }
  updateTimer(services, session, display);
  return block;
}

/** Write the timer's text, every second (in place, so focus and the rest stay put). */
export function updateTimer(
  services: GameServices,
  session: ClassroomSession,
  display = services.ui.root.querySelector<HTMLElement>('#classroom-timer'),
): void {
  if (!display) return;
  const w = services.words;
  const view = session.timer;
  display.classList.toggle('expired', view?.expired === true);
  if (!view) {
    display.textContent = w.classroom('play.noTimer');
    return;
  }
  if (view.skipped) {
    display.textContent = w.classroom('play.timerSkipped');
    return;
  }
  const left = view.remainingSeconds ?? 0;
  const digits = el('span', {
    className: 'timer-digits',
    textContent: w.classroom('play.timerLeft', {
      minutes: services.words.number(Math.floor(left / 60)),
      seconds: String(left % 60).padStart(2, '0'),
    }),
  });
  // Minutes come before seconds in every language: keep "0:29" from reading "29:0" in Arabic.
  digits.dir = 'ltr';
  const status = view.expired
    ? w.classroom('play.timerExpired')
    : view.paused
      ? w.classroom('play.timerPaused')
      : '';
  display.replaceChildren(
    digits,
    ...(status ? [el('span', { className: 'timer-status', textContent: status })] : []),
  );
}

/** The facilitator-entry team picker. */
function entryPicker(ctx: TurnPanelContext): HTMLElement[] {
  const { state, team } = ctx;
  const w = ctx.services.words;
  const select = el('select', { id: 'entry-team' });
  for (const t of state.setup.teams.filter((x) => !state.done.includes(x.id))) {
    const option = el('option', { textContent: t.name });
    option.value = t.id;
    option.selected = t.id === team?.id;
    select.append(option);
  }
  select.dataset.focusKey = 'entry-team';
  select.addEventListener('change', () => {
    ctx.chooseEntryTeam(select.value);
  });
  const label = el('label', { textContent: w.classroom('play.enteringFor') });
  label.htmlFor = 'entry-team';
  return [el('p', { textContent: w.classroom('play.entryMode') }), label, select];
}

/**
 * The team's note for this round (saved on Enter, when the field is left, and on Done), sent
 * with `send`: to the session at the projector, to the room from a student's device.
 */
export function noteField(
  services: GameServices,
  state: ClassroomState,
  team: TeamSetup,
  send: (round: number, text: string) => void,
): { field: HTMLElement; save: () => void } {
  const w = services.words;
  const round = latestRound(state);
  const existing = state.notes.find((n) => n.team === team.id && n.round === round)?.text ?? '';
  const input = el('input', { type: 'text', id: 'team-note' });
  input.maxLength = 200;
  input.defaultValue = existing;
  input.dataset.round = String(round);
  input.placeholder = w.classroom('play.notePlaceholder');
  input.dataset.focusKey = 'team-note';
  const saved = el('p', { className: 'note-saved', id: 'team-note-saved' });
  saved.setAttribute('role', 'status');
  input.setAttribute('aria-describedby', 'team-note-saved');
  let kept = existing;
  const save = (): void => {
    if (input.value.trim() === kept.trim()) return;
    kept = input.value;
    send(round, input.value);
    saved.textContent = w.classroom('play.noteSaved');
  };
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    save();
  });
  input.addEventListener('change', save);
  const label = el('label', {
    textContent: w.classroom('play.noteLabel', { team: team.name, round }),
  });
  label.htmlFor = 'team-note';
  return { field: el('div', { className: 'note-field' }, [label, input, saved]), save };
}

/** The whole panel for the current phase. */
export function turnPanel(ctx: TurnPanelContext): HTMLElement {
  const { services, session, state, team } = ctx;
  const w = services.words;
  const side = el('aside', { className: 'classroom-side' });
  side.setAttribute('aria-label', w.classroom('play.timerLabel'));
  if (state.phase.kind === 'entry') side.append(...entryPicker(ctx));
  if (team) {
    side.append(
      el('p', { className: 'now-playing team-chip' }, [
        teamSwatch(team),
        w.classroom('play.nowPlaying', { team: team.name }),
      ]),
    );
  }
  side.append(timerBlock(services, session));
  if (team) {
    const note = noteField(services, state, team, (round, text) => {
      session.dispatch({ kind: 'note', team: team.id, round, text });
    });
    const done = control(
      'menu-button primary classroom-done',
      w.classroom('play.done', { team: team.name }),
      'team-done',
      () => {
        note.save();
        session.dispatch({ kind: 'teamDone', team: team.id });
      },
    );
    side.append(note.field, done);
  }
  if (state.done.length > 0) {
    const names = services.words.list(state.done.map((id) => teamOf(state.setup, id)?.name ?? id));
    side.append(
      el('p', {
        className: 'teams-done',
        textContent: w.classroom('play.teamsDone', { teams: names }),
      }),
    );
  }
  return side;
}
