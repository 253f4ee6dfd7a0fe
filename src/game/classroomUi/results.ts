/** The class's results as text: the shared score, the counterfactual and each team's part. */
import { SCORE_DIMENSIONS } from '../../core/index.ts';
import type { ClassroomState } from '../../classroom/state.ts';
import type { ClassroomSummary } from '../../classroom/summary.ts';
import type { GameServices } from '../services.ts';
import { contentText, formatNumber } from '../text.ts';
import { el } from '../ui/dom.ts';
import { ScenarioWords } from '../words.ts';
import { listText, teamChip, type Words } from './common.ts';

/**
 * The results (score, counterfactual, each team's part), for the screen and the print view;
 * `story` (the print view's round-by-round table) goes between the score and the teams.
 */
export function classroomResults(
  services: GameServices,
  state: ClassroomState,
  summary: ClassroomSummary,
  w: Words,
  story: readonly HTMLElement[] = [],
): HTMLElement {
  const t = services.i18n.t;
  const intensity = state.setup.intensity;
  const text = (key: string) => contentText(services.i18n, key, intensity);
  const model = state.game.model;
  const measureName = (id: string) => text(model.measures.find((m) => m.id === id)?.nameKey ?? id);
  const scenario = services.content?.scenarios.find((x) => x.id === state.setup.scenario);
  const words = new ScenarioWords(services.i18n, scenario, intensity);
  // Signs and triggers name their group and region through the scenario's words.
  const signName = (id: string) =>
    words.about(id, model.signs.find((s) => s.id === id)?.nameKey ?? id);
  const triggerName = (id: string) =>
    words.about(id, model.triggers.find((s) => s.id === id)?.nameKey ?? id);
  const number = (value: number) => formatNumber(services.i18n, value);
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
        el('span', { className: 'score-name', textContent: t(`debrief.dimension.${dimension}`) }),
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
    el('h2', { textContent: w('debrief.scoreHeading') }),
    total,
    dimensions,
    el('h2', { textContent: w('debrief.counterfactualHeading') }),
    el('p', {
      textContent: w('debrief.ours', { peak: state.game.peakStage, final: state.game.stage }),
    }),
    el('p', {
      textContent: w('debrief.counterfactual', {
        peak: counterfactual.peakStage,
        final: counterfactual.finalStage,
      }),
    }),
    ...(state.phase.kind === 'debrief' && state.phase.early
      ? [el('p', { textContent: w('debrief.early') })]
      : []),
    ...(summary.triggersAdvanced.length > 0
      ? [
          el('p', {
            textContent: w('debrief.triggersAdvanced', {
              list: listText(
                services,
                summary.triggersAdvanced.map((a) =>
                  w('debrief.triggerItem', {
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
  const content = { roles: model.roles.map((r) => ({ id: r.id, nameKey: r.nameKey })) };
  const teams = el('section', { className: 'classroom-teams' }, [
    el('h2', { textContent: w('debrief.teamsHeading') }),
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
          textContent: w('debrief.roles', {
            roles: listText(
              services,
              actor.roles.map((r) => text(content.roles.find((x) => x.id === r)?.nameKey ?? r)),
            ),
          }),
        }),
        el('h4', { textContent: w('debrief.measuresHeading') }),
        list(
          'measures',
          actor.measures,
          (m) =>
            w('debrief.measureLine', {
              name: measureName(m.measure),
              round: m.round,
              stage: m.stage,
            }),
          w('debrief.noMeasures'),
        ),
        el('h4', { textContent: w('debrief.signsHeading') }),
        list(
          'signs',
          actor.signsResponded,
          (s) =>
            w('debrief.signLine', {
              sign: signName(s.sign),
              round: s.round,
              measure: measureName(s.measure),
              count: s.delay,
            }),
          w('debrief.noSigns'),
        ),
        el('h4', { textContent: w('debrief.notesHeading') }),
        list(
          'notes',
          actor.notes,
          (n) => w('debrief.noteLine', { round: n.round, text: n.text }),
          w('debrief.noNotes'),
        ),
      ]);
      article.dataset.actor = actor.actor;
      return article;
    }),
  ]);
  return el('div', { className: 'classroom-results' }, [scoreSection, ...story, teams]);
}
