import type { TFunction } from 'i18next';
import { STAGE_COUNT } from '../../content/schema.ts';
import type { GameServices } from '../services.ts';
import { contentText, formatNumber } from '../text.ts';
import { el } from '../ui/dom.ts';
import { pillarList, rolePillarTable } from '../ui/r2pExplainer.ts';
import { LESSON_PLANS, type LessonPlan } from './plans.ts';

type Guide = TFunction<'guide'>;

function section(heading: string, children: HTMLElement[]): HTMLElement {
  return el('section', { className: 'guide-section' }, [
    el('h2', { textContent: heading }),
    ...children,
  ]);
}

function paragraphs(texts: readonly string[]): HTMLElement[] {
  return texts.map((text) => el('p', { textContent: text }));
}

function planTable(services: GameServices, g: Guide, plan: LessonPlan): HTMLElement {
  const head = (text: string): HTMLElement => {
    const cell = el('th', { textContent: text });
    cell.scope = 'col';
    return cell;
  };
  const rows = plan.steps.map((step) => {
    const minutes = el('th', {
      className: 'plan-minutes',
      textContent: formatNumber(services.i18n, step.minutes),
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
export function buildTeacherGuide(services: GameServices, g: Guide): HTMLElement[] {
  const stages = Array.from({ length: STAGE_COUNT }, (_, index) => index + 1);
  const questions = stages.map((stage) =>
    el('li', {}, [
      el('strong', {
        textContent: g('debrief.stage', {
          stage,
          name: contentText(services.i18n, `stage.${String(stage)}.name`),
        }),
      }),
      ' ',
      contentText(services.i18n, `discussion.stage${String(stage)}`),
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
      LESSON_PLANS.map((plan) => planTable(services, g, plan)),
    ),
    section(
      g('r2p.heading'),
      paragraphs([g('r2p.states'), g('r2p.process'), g('r2p.prevention'), g('r2p.actors')]),
    ),
    section(contentText(services.i18n, 'r2p.pillarsHeading'), [
      el('p', { textContent: contentText(services.i18n, 'r2p.intro') }),
      pillarList(services.i18n),
      ...paragraphs([
        contentText(services.i18n, 'r2p.focus'),
        contentText(services.i18n, 'r2p.roles'),
      ]),
      ...(services.content ? [rolePillarTable(services.i18n, services.content)] : []),
      el('p', { textContent: contentText(services.i18n, 'r2p.sources') }),
    ]),
    section(contentText(services.i18n, 'debate.heading'), [
      el('p', { textContent: contentText(services.i18n, 'debate.text') }),
      el('p', {
        className: 'debate-question',
        textContent: contentText(services.i18n, 'debate.question'),
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
