/** The facilitator console: a modal over the classroom room that sends facilitator intents. */
import { advanceableTriggers, triggerPreview } from '../../core/index.ts';
import { isPlayPhase } from '../../classroom/state.ts';
import type { Wording } from '../play/explain.ts';
import { openPrintViewLazily } from '../print/open.ts';
import type { GameServices } from '../services.ts';
import { button, el } from '../ui/dom.ts';
import type { ClassroomSession } from './classroomSession.ts';
import { PHASE_KEYS, STAGE_KEYS } from '../textKeys.ts';

export interface ConsoleOptions {
  readonly services: GameServices;
  readonly session: ClassroomSession;
  /** Control to focus when the console opens again after an action. */
  readonly focusKey?: string | undefined;
  readonly nameOf: Wording['name'];
  readonly onClose: () => void;
}

/**
 * Open the console. Every action is sent to the session; the scene re-renders on the change and
 * opens the console again (focus stays on the control used), so the console always shows the
 * current state.
 */
export function openConsole(options: ConsoleOptions): void {
  const { services, session, nameOf } = options;
  const w = services.words;
  const state = session.state;
  const { phase, setup, game } = state;
  const stageName = w.text(STAGE_KEYS[game.stage].name);
  const act = (key: string, label: string, run: () => void, disabled = false) => {
    const control = button('tool-button console-button', label, run);
    control.dataset.focusKey = `console-${key}`;
    control.disabled = disabled;
    return control;
  };
  const team =
    phase.kind === 'handoff' || phase.kind === 'turn'
      ? setup.teams.find((t) => t.id === phase.team)
      : undefined;
  const phaseLine = w.classroom(PHASE_KEYS[phase.kind], {
    team: team?.name ?? '',
    round: phase.kind === 'roundResults' ? phase.round : game.round,
  });
  const play = isPlayPhase(phase);
  const flow = el('div', { className: 'console-group' }, [
    el('h3', { textContent: w.classroom('console.timerHeading') }),
    act('pause', state.paused ? w.classroom('console.resume') : w.classroom('console.pause'), () =>
      session.dispatch({ kind: state.paused ? 'resume' : 'pause' }),
    ),
    act(
      'extend',
      w.classroom('console.extend'),
      () => session.dispatch({ kind: 'extendTimer' }),
      !state.timer,
    ),
    act(
      'skip-timer',
      w.classroom('console.skipTimer'),
      () => session.dispatch({ kind: 'skipTimer' }),
      !state.timer,
    ),
    ...setup.teams
      .filter((t) => play && !state.done.includes(t.id))
      .map((t) =>
        act(`skip-${t.id}`, w.classroom('console.skipTeam', { team: t.name }), () =>
          session.dispatch({ kind: 'skipTeam', team: t.id }),
        ),
      ),
    act(
      'next-round',
      w.classroom('console.nextRound'),
      () => session.dispatch({ kind: 'advanceRound' }),
      !play,
    ),
  ]);

  const triggers = el('ul', { className: 'console-triggers' });
  const canAdvance = phase.kind !== 'debrief' && phase.kind !== 'ended';
  const upcoming = canAdvance ? advanceableTriggers(game) : [];
  for (const next of upcoming) {
    const preview = triggerPreview(game, next.trigger);
    const name = nameOf('trigger', next.trigger);
    const pushes = (preview?.effects ?? [])
      .filter((e) => e.delta > 0.05)
      .map((e) => nameOf('factor', e.factor));
    const description = w.classroom('console.triggerText', {
      when: w.classroom('console.triggerLine', {
        name,
        from: next.from,
        to: preview?.to ?? game.round,
      }),
      effect:
        pushes.length > 0
          ? w.classroom('console.triggerPush', {
              factors: services.words.list(pushes),
              amplifier: preview?.amplifier
                ? nameOf('factor', preview.amplifier)
                : w.classroom('console.overallRisk'),
            })
          : w.classroom('console.triggerNoPush'),
    });
    triggers.append(
      el('li', {}, [
        el('p', { textContent: description }),
        act(`trigger-${next.trigger}`, w.classroom('console.triggerBring', { name }), () => {
          session.dispatch({ kind: 'advanceTrigger', trigger: next.trigger });
          services.ui.announce(w.classroom('console.triggerDone', { name, round: game.round }));
        }),
      ]),
    );
  }
  if (upcoming.length === 0)
    triggers.append(el('li', { textContent: w.classroom('console.triggersNone') }));

  const risk = el('div', { className: 'console-group' }, [
    el('h3', { textContent: w.classroom('console.riskHeading') }),
    act(
      'risk',
      state.riskHidden ? w.classroom('console.showRisk') : w.classroom('console.hideRisk'),
      () => session.dispatch({ kind: 'hideRisk', hidden: !state.riskHidden }),
    ),
  ]);
  const materials = el('div', { className: 'console-group' }, [
    el('h3', { textContent: w.classroom('console.materialsHeading') }),
    act('role-cards', w.classroom('setup.roleCards'), () => {
      void openPrintViewLazily(services, 'roleCards');
    }),
    act('guide', w.classroom('setup.teacherGuide'), () => {
      void openPrintViewLazily(services, 'teacherGuide');
    }),
  ]);
  const ending = el('div', { className: 'console-group' }, [
    act('reveal', w.classroom('console.revealDebrief'), () =>
      session.dispatch({ kind: 'revealDebrief' }),
    ),
    act('end', w.classroom('console.end'), () => {
      confirmEnd(services, session);
    }),
  ]);
  const closeButton = button('menu-button', w.classroom('console.close'));
  const close = services.ui.modals.dialog(
    'console-heading',
    [
      el('h2', { id: 'console-heading', textContent: w.classroom('console.heading') }),
      el('p', { className: 'console-status' }, [
        el('strong', {
          textContent: w.classroom('console.stage', {
            stage: w.classroom('console.stageNamed', { stage: game.stage, name: stageName }),
          }),
        }),
        ` · ${phaseLine}`,
      ]),
      el('div', { className: 'console-columns' }, [
        flow,
        el('div', { className: 'console-group' }, [
          el('h3', { textContent: w.classroom('console.triggersHeading') }),
          triggers,
        ]),
        el('div', {}, [risk, materials, ending]),
      ]),
    ],
    [closeButton],
    { panelClass: 'console-panel', onClose: options.onClose },
  );
  closeButton.addEventListener('click', close);
  if (options.focusKey) {
    services.ui.root
      .querySelector<HTMLElement>(`.console-panel [data-focus-key="${options.focusKey}"]`)
      ?.focus();
  }
}

function confirmEnd(services: GameServices, session: ClassroomSession): void {
  const w = services.words;
  const words = {
    heading: w.classroom('console.endHeading'),
    body: w.classroom('console.endBody'),
    confirm: w.classroom('console.endConfirm'),
    cancel: w.classroom('console.endCancel'),
  };
  services.ui.modals.confirm('end-heading', words, () => {
    session.dispatch({ kind: 'endSession' });
  });
}
