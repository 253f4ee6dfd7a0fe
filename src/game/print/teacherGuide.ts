import { STAGE_DISCUSSION_KEYS, STAGE_KEYS, STAGES } from '../textKeys.ts';
import type { Content } from '../../content/schema.ts';
import type { Translator } from '../translator.ts';
import { el } from '../ui/dom.ts';
import { pillarList, rolePillarTable } from '../ui/r2pExplainer.ts';
import { LESSON_PLANS, type LessonPlan } from './plans.ts';

function section(heading: string, children: HTMLElement[]): HTMLElement {
  return el('section', { className: 'guide-section' }, [
    el('h2', { textContent: heading }),
    ...children,
  ]);
}

function paragraphs(texts: readonly string[]): HTMLElement[] {
  return texts.map((text) => el('p', { textContent: text }));
}

function planTable(words: Translator, plan: LessonPlan): HTMLElement {
  const g = words.guide;
  const head = (text: string): HTMLElement => {
    const cell = el('th', { textContent: text });
    cell.scope = 'col';
    return cell;
  };
  const rows = plan.steps.map((step) => {
    const minutes = el('th', {
      className: 'plan-minutes',
      textContent: words.number(step.minutes),
    });
    minutes.scope = 'row';
    return el('tr', {}, [minutes, el('td', { textContent: g(step.key) })]);
  });
  return el('div', { className: 'lesson-plan' }, [
    el('h3', { textContent: g(plan.heading) }),
    el('table', { className: 'plan-table' }, [
      el('thead', {}, [el('tr', {}, [head(g('lesson.minutes')), head(g('lesson.activity'))])]),
      el('tbody', {}, rows),
    ]),
  ]);
}

/**
 * The teacher guide: objectives, two lesson plans, the responsibility to protect with ¶
 * references, its three pillars, the ¶29 debate, running the game and its console, handling the
 * subject safely, debrief questions.
 */
export function buildTeacherGuide(words: Translator, content: Content | null): HTMLElement[] {
  const g = words.guide;
  const questions = STAGES.map((stage) =>
    el('li', {}, [
      el('strong', {
        textContent: g('debrief.stage', {
          stage,
          name: words.text(STAGE_KEYS[stage].name),
        }),
      }),
      ' ',
      words.text(STAGE_DISCUSSION_KEYS[stage]),
    ]),
  );
  return [
    el('h1', { id: 'print-heading', textContent: g('guide.heading') }),
    el('p', { className: 'print-intro', textContent: g('guide.intro') }),
    section(g('objectives.heading'), [
      el('p', { textContent: g('objectives.intro') }),
      el(
        'ul',
        {},
        [
          g('objectives.explain'),
          g('objectives.signs'),
          g('objectives.compare'),
          g('objectives.cooperate'),
        ].map((text) => el('li', { textContent: text })),
      ),
    ]),
    section(
      g('lesson.heading'),
      LESSON_PLANS.map((plan) => planTable(words, plan)),
    ),
    section(
      g('r2p.heading'),
      paragraphs([g('r2p.states'), g('r2p.process'), g('r2p.prevention'), g('r2p.actors')]),
    ),
    section(words.text('r2p.pillarsHeading'), [
      el('p', { textContent: words.text('r2p.intro') }),
      pillarList(words),
      ...paragraphs([words.text('r2p.focus'), words.text('r2p.roles')]),
      ...(content ? [rolePillarTable(words, content)] : []),
      el('p', { textContent: words.text('r2p.sources') }),
    ]),
    section(words.text('debate.heading'), [
      el('p', { textContent: words.text('debate.text') }),
      el('p', {
        className: 'debate-question',
        textContent: words.text('debate.question'),
      }),
    ]),
    section(g('running.heading'), [
      ...paragraphs([
        g('running.setup'),
        g('running.scenario'),
        g('running.rounds'),
        g('running.seed'),
        g('running.languages'),
        g('running.classroom'),
        g('running.notes'),
      ]),
      el('h3', { textContent: g('running.consoleHeading') }),
      el('p', { textContent: g('running.console') }),
      el('p', { textContent: g('running.results') }),
    ]),
    section(
      g('scenarios.heading'),
      paragraphs([
        g('scenarios.start'),
        g('scenarios.edit'),
        g('scenarios.words'),
        g('scenarios.preview'),
        g('scenarios.try'),
        g('scenarios.share'),
        g('scenarios.check'),
      ]),
    ),
    section(g('safety.heading'), [
      el(
        'ul',
        { className: 'safety-list' },
        [
          g('safety.note'),
          g('safety.fictional'),
          g('safety.roles'),
          g('safety.gentle'),
          g('safety.affected'),
        ].map((text) => el('li', { textContent: text })),
      ),
    ]),
    section(g('debrief.heading'), [
      el('p', { textContent: g('debrief.intro') }),
      el('ul', { className: 'debrief-questions' }, questions),
    ]),
    el('p', { className: 'print-source', textContent: g('view.source') }),
  ];
}
