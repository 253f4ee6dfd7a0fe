/**
 * The classroom's moments between turns: the handoff to the next team, a discussion pause, and
 * the round's results. Each renders what the classroom state says and sends intents back.
 */
import { PAUSE_QUESTION_KEYS } from '../../classroom/presets.ts';
import type { ClassroomState, Discussion } from '../../classroom/state.ts';
import type { TeamSetup } from '../../classroom/types.ts';
import type { Scenario } from '../../content/schema.ts';
import type { Stage } from '../../core/index.ts';
import { explainRound } from '../play/explain.ts';
import { resultList, roundWording } from '../play/results.ts';
import type { GameServices } from '../services.ts';
import { STAGE_DISCUSSION_KEYS } from '../textKeys.ts';
import type { Translator } from '../translator.ts';
import { button, el } from '../ui/dom.ts';
import type { ClassroomSession } from './classroomSession.ts';
import { scenarioOf } from '../../classroom/classroom.ts';
import { roleNames, teamSwatch } from './common.ts';
import { timerBlock } from './turnPanel.ts';

/** A card filling the room between turns, named by its heading. */
function card(kind: string, heading: HTMLElement, body: HTMLElement[]): HTMLElement {
  const section = el('section', { className: `classroom-card ${kind}` }, [heading, ...body]);
  section.setAttribute('aria-labelledby', heading.id);
  return section;
}

/** "Team Blue — Human rights commission: your move", and the button that starts the turn. */
export function handoffCard(
  services: GameServices,
  session: ClassroomSession,
  team: TeamSetup,
  onStart: () => void,
): HTMLElement {
  const w = services.words;
  const roles = roleNames(w, session.content, team.roles);
  const start = button(
    'menu-button primary classroom-primary',
    w.classroom('play.handoffStart'),
    () => {
      onStart();
      session.dispatch({ kind: 'startTurn' });
    },
  );
  start.dataset.focusKey = 'handoff-start';
  const heading = el('h2', { id: 'handoff-heading' }, [
    teamSwatch(team),
    w.classroom('play.handoffHeading', { team: team.name, roles }),
  ]);
  return card('handoff', heading, [
    el('p', { textContent: w.classroom('play.handoffBody', { team: team.name }) }),
    start,
  ]);
}

/**
 * A discussion's question. The classroom model keeps its key as a string; it is found again
 * among the keys it can be (the scenario's questions, the content's, the preset pauses').
 */
function questionText(
  words: Translator,
  scenario: Scenario | undefined,
  discussion: Discussion,
): string {
  if (discussion.ns === 'content') {
    const keys = [...(scenario?.discussionKeys ?? []), ...Object.values(STAGE_DISCUSSION_KEYS)];
    const key = keys.find((k) => k === discussion.questionKey);
    return key ? words.text(key) : discussion.questionKey;
  }
  const key = PAUSE_QUESTION_KEYS.find((k) => k === discussion.questionKey);
  return key ? words.classroom(key) : discussion.questionKey;
}

/** A discussion pause: why it came, the content's question, its timer, and Resume. */
export function discussionCard(
  services: GameServices,
  session: ClassroomSession,
  words: Translator,
  stageLabel: (stage: Stage) => string,
): HTMLElement {
  const w = words;
  const phase = session.state.phase;
  if (phase.kind !== 'discussion') return el('div');
  const { discussion } = phase;
  const scenario = scenarioOf(session.content, session.state.setup.scenario);
  const question = questionText(words, scenario, discussion);
  const intro =
    discussion.reason === 'stage' && discussion.stage !== null
      ? w.classroom('discussion.stage', { stage: stageLabel(discussion.stage) })
      : w.classroom('discussion.preset');
  const resume = button(
    'menu-button primary classroom-primary',
    w.classroom('discussion.resume'),
    () => {
      session.dispatch({ kind: 'continue' });
    },
  );
  resume.dataset.focusKey = 'discussion-resume';
  return card(
    'discussion',
    el('h2', { id: 'discussion-heading', textContent: w.classroom('discussion.heading') }),
    [
      el('p', { textContent: intro }),
      el('p', { className: 'discussion-question', textContent: question }),
      timerBlock(services, session),
      resume,
    ],
  );
}

/** The round's results in a dialog, explained from the core's events of that round. */
export function openRoundResults(
  services: GameServices,
  session: ClassroomSession,
  words: Translator,
): void {
  const state: ClassroomState = session.state;
  const phase = state.phase;
  if (phase.kind !== 'roundResults') return;
  const t = words.ui;
  const w = words;
  const played = session.roundEvents(phase.round);
  // With the risk meter hidden, the results do not tell the teams the stage either.
  const events = state.riskHidden
    ? played.filter((e) => e.type !== 'stageChanged' && e.type !== 'roundEnded')
    : played;
  const lines = explainRound(events, state.game, roundWording(state.game.model, words));
  const label = state.game.finished
    ? w.classroom('results.toDebrief')
    : phase.discussion
      ? w.classroom('results.toDiscussion')
      : w.classroom('results.continue');
  const next = button('menu-button classroom-continue', label);
  next.dataset.focusKey = 'results-continue';
  const close = services.ui.modals.dialog(
    'results-heading',
    [
      el('h2', {
        id: 'results-heading',
        textContent: t('results.heading', { round: phase.round }),
      }),
      lines.length > 0 ? resultList(words, lines) : el('p', { textContent: t('results.quiet') }),
    ],
    [next],
  );
  next.addEventListener('click', () => {
    close();
    session.dispatch({ kind: 'continue' });
  });
}
