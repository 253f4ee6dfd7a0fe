/** The class's results as text: the shared score, the counterfactual and each team's part. */
import { SCORE_DIMENSIONS } from '../../core/index.ts';
import type { ClassroomState } from '../../classroom/state.ts';
import type { ClassroomSummary } from '../../classroom/summary.ts';
import type { Content } from '../../content/schema.ts';
import { contentNames } from '../play/results.ts';
import { DIMENSION_KEYS } from '../textKeys.ts';
import type { Translator } from '../translator.ts';
import { el } from '../ui/dom.ts';
import { scenarioOf } from '../../classroom/classroom.ts';
import { roleNames, teamChip } from './common.ts';

/**
 * The results (score, counterfactual, each team's part), for the screen and the print view;
 * `story` (the print view's round-by-round table) goes between the score and the teams.
 */
export function classroomResults(
  words: Translator,
  content: Content,
  state: ClassroomState,
  summary: ClassroomSummary,
  story: readonly HTMLElement[] = [],
): HTMLElement {
  const model = state.game.model;
  // Signs and triggers name their group and region through the scenario's words.
  const w = words.forScenario(scenarioOf(content, state.setup.scenario), state.setup.intensity);
  const t = w.ui;
  const name = contentNames(model, w);
  const measureName = (id: string) => name('measure', id);
  const signName = (id: string) => name('sign', id);
  const triggerName = (id: string) => name('trigger', id);
  const number = w.number;
  const { score, counterfactual } = summary;
  const total = el('p', {
    className: 'score-total',
    textContent: t('debrief.total', { points: number(score.total), max: number(score.max) }),
  });
  total.dataset.total = String(score.total);
  const dimensions = el(
    'ul',
    { className: 'score-list' },
    SCORE_DIMENSIONS.map((dimension) => {
      const points = score[dimension];
      const max = score.maxima[dimension];
      const item = el('li', { className: 'score-item' }, [
        el('span', { className: 'score-name', textContent: t(DIMENSION_KEYS[dimension]) }),
        el('span', {
          className: 'score-value',
          textContent: t('debrief.points', { points: number(points), max: number(max) }),
        }),
      ]);
      item.dataset.dimension = dimension;
      item.dataset.points = String(points);
      return item;
    }),
  );
  const scoreSection = el('section', { className: 'classroom-score' }, [
    el('h2', { textContent: w.classroom('debrief.scoreHeading') }),
    total,
    dimensions,
    el('h2', { textContent: w.classroom('debrief.counterfactualHeading') }),
    el('p', {
      textContent: w.classroom('debrief.ours', {
        peak: state.game.peakStage,
        final: state.game.stage,
      }),
    }),
    el('p', {
      textContent: w.classroom('debrief.counterfactual', {
        peak: counterfactual.peakStage,
        final: counterfactual.finalStage,
      }),
    }),
    ...(state.phase.kind === 'debrief' && state.phase.early
      ? [el('p', { textContent: w.classroom('debrief.early') })]
      : []),
    ...(summary.triggersAdvanced.length > 0
      ? [
          el('p', {
            textContent: w.classroom('debrief.triggersAdvanced', {
              list: w.list(
                summary.triggersAdvanced.map((a) =>
                  w.classroom('debrief.triggerItem', {
                    name: triggerName(a.trigger),
                    from: a.from,
                    to: a.to,
                  }),
                ),
              ),
            }),
          }),
        ]
      : []),
  ]);
  const teams = el('section', { className: 'classroom-teams' }, [
    el('h2', { textContent: w.classroom('debrief.teamsHeading') }),
    ...summary.actors.map((actor) => {
      const list = <T>(
        kind: 'measures' | 'signs' | 'notes',
        items: readonly T[],
        line: (item: T) => string,
        empty: string,
      ) =>
        items.length > 0
          ? el(
              'ul',
              { className: `team-${kind}` },
              items.map((item) => el('li', { textContent: line(item) })),
            )
          : el('p', { className: 'empty-note', textContent: empty });
      const article = el('article', { className: 'team-summary' }, [
        el('h3', {}, [teamChip(actor.team, w)]),
        el('p', {
          textContent: w.classroom('debrief.roles', {
            roles: roleNames(w, content, actor.roles),
          }),
        }),
        el('h4', { textContent: w.classroom('debrief.measuresHeading') }),
        list(
          'measures',
          actor.measures,
          (m) =>
            w.classroom('debrief.measureLine', {
              name: measureName(m.measure),
              round: m.round,
              stage: m.stage,
            }),
          w.classroom('debrief.noMeasures'),
        ),
        el('h4', { textContent: w.classroom('debrief.signsHeading') }),
        list(
          'signs',
          actor.signsResponded,
          (s) =>
            w.classroom('debrief.signLine', {
              sign: signName(s.sign),
              round: s.round,
              measure: measureName(s.measure),
              count: s.delay,
            }),
          w.classroom('debrief.noSigns'),
        ),
        el('h4', { textContent: w.classroom('debrief.notesHeading') }),
        list(
          'notes',
          actor.notes,
          (n) => w.classroom('debrief.noteLine', { round: n.round, text: n.text }),
          w.classroom('debrief.noNotes'),
        ),
      ]);
      article.dataset.actor = actor.actor;
      return article;
    }),
  ]);
  return el('div', { className: 'classroom-results' }, [scoreSection, ...story, teams]);
}
