/**
 * The classroom's moments between turns: the handoff to the next team, a discussion pause, and
 * the round's results. Each renders what the classroom state says and sends intents back.
 */
import type { ClassroomState } from '../../classroom/state.ts';
import type { TeamSetup } from '../../classroom/types.ts';
import { explainRound, type Wording } from '../play/explain.ts';
import { resultList } from '../play/results.ts';
import type { GameServices } from '../services.ts';
import { formatNumber } from '../text.ts';
import { button, el } from '../ui/dom.ts';
import type { ClassroomSession } from './classroomSession.ts';
import { classroomWords, roleNames, teamSwatch, uiWords } from './common.ts';
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
  const w = classroomWords(services);
  const roles = roleNames(services, session.content, team.roles);
  const start = button('menu-button primary classroom-primary', w('play.handoffStart'), () => {
    onStart();
    session.dispatch({ type: 'startTurn' });
  });
  start.dataset.focusKey = 'handoff-start';
  const heading = el('h2', { id: 'handoff-heading' }, [
    teamSwatch(team),
    w('play.handoffHeading', { team: team.name, roles }),
  ]);
  return card('handoff', heading, [
    el('p', { textContent: w('play.handoffBody', { team: team.name }) }),
    start,
  ]);
}

/** A discussion pause: why it came, the content's question, its timer, and Resume. */
export function discussionCard(
  services: GameServices,
  session: ClassroomSession,
  words: { readonly text: (key: string) => string; readonly stage: (stage: number) => string },
): HTMLElement {
  const w = classroomWords(services);
  const phase = session.state.phase;
  if (phase.kind !== 'discussion') return el('div');
  const { discussion } = phase;
  const question =
    discussion.ns === 'content' ? words.text(discussion.questionKey) : w(discussion.questionKey);
  const intro =
    discussion.reason === 'stage' && discussion.stage !== null
      ? w('discussion.stage', { stage: words.stage(discussion.stage) })
      : w('discussion.preset');
  const resume = button('menu-button primary classroom-primary', w('discussion.resume'), () => {
    session.dispatch({ type: 'continue' });
  });
  resume.dataset.focusKey = 'discussion-resume';
  return card(
    'discussion',
    el('h2', { id: 'discussion-heading', textContent: w('discussion.heading') }),
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
  name: Wording['name'],
): void {
  const state: ClassroomState = session.state;
  const phase = state.phase;
  if (phase.kind !== 'roundResults') return;
  const t = services.i18n.t;
  const w = classroomWords(services);
  const u = uiWords(services);
  const wording: Wording = {
    ui: (key, values) => u(key, values),
    name,
    number: (value, digits) => formatNumber(services.i18n, value, digits),
    list: (items, or) =>
      new Intl.ListFormat(services.i18n.resolvedLanguage ?? 'en', {
        type: or ? 'disjunction' : 'conjunction',
      }).format(items),
  };
  const played = session.roundEvents(phase.round);
  // With the risk meter hidden, the results do not tell the teams the stage either.
  const events = state.riskHidden
    ? played.filter((e) => e.type !== 'stageChanged' && e.type !== 'roundEnded')
    : played;
  const lines = explainRound(events, state.game, wording);
  const label = state.game.finished
    ? w('results.toDebrief')
    : phase.discussion
      ? w('results.toDiscussion')
      : w('results.continue');
  const next = button('menu-button classroom-continue', label);
  next.dataset.focusKey = 'results-continue';
  const close = services.ui.modals.dialog(
    'results-heading',
    [
      el('h2', {
        id: 'results-heading',
        textContent: t('results.heading', { round: phase.round }),
      }),
      lines.length > 0
        ? resultList(services.i18n, lines)
        : el('p', { textContent: t('results.quiet') }),
    ],
    [next],
  );
  next.addEventListener('click', () => {
    close();
    session.dispatch({ type: 'continue' });
  });
}
