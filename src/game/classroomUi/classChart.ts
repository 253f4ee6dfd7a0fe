/**
 * The class debrief's risk chart: the self-paced debrief's chart (stage bands, the class's run,
 * the run if nobody had acted, warning signs) with a lane per team under it, one marker per
 * measure in the team's colour and shape, and a description for screen readers. The print
 * summary draws the same chart on paper.
 */
import './classDebrief.css';
import { marksIn, teamMarks, type TeamMarks } from '../../classroom/chart.ts';
import type { ClassroomState } from '../../classroom/state.ts';
import { chartInput, chartView, type ChartMedium, type ChartView } from '../debrief/chartView.ts';
import { debriefView, type DebriefView } from '../debrief/debriefView.ts';
import { stageTable } from '../debrief/stageTable.ts';
import { el } from '../ui/dom.ts';
import { keyboardScrollable } from '../ui/scrollRegion.ts';
import { teamChip, teamMarker } from './common.ts';
import type { Translator } from '../translator.ts';

/** The chart on screen, and a way to show a replayed change on it. */
export interface ClassChart {
  readonly element: HTMLElement;
  /** Once on screen: when the lanes must scroll, show whole lanes only. */
  fit(): void;
  /** Show the class's game replayed with one change ("try it yourself"), or none. */
  setAlternative: ChartView['setAlternative'];
}

/** The class's risk chart with a lane per team, for the screen or for paper. */
export function classChartView(
  state: ClassroomState,
  teams: readonly TeamMarks[],
  w: Translator,
  medium: ChartMedium,
): ChartView {
  const t = w.ui;
  const game = state.game;
  const input = chartInput(game, debriefView(game), w.rtl);
  return chartView(
    {
      ...input,
      measureMarks: undefined,
      lanes: teams.map((marks) => ({
        id: marks.actor,
        marker: teamMarker(marks.team).shape,
        marks: marks.marks,
      })),
    },
    {
      stage: (stage) => t('debrief.stageShort', { stage }),
      round: (round) => w.number(round),
      legend: {
        player: w.classroom('debrief.chart.player'),
        none: t('debrief.legend.none'),
        signs: t('debrief.legend.signs'),
        change: t('debrief.whatIf.legend'),
      },
    },
    teams.map((marks) => ({
      id: marks.actor,
      head: teamChip(marks.team, w),
      colour: teamMarker(marks.team).colour,
    })),
    medium,
  );
}

/** The risk chart of a class's session, with its legend and text description. */
export function classChart(state: ClassroomState, w: Translator): ClassChart {
  const view = debriefView(state.game);
  const teams = teamMarks(state);
  const chart = classChartView(state, teams, w, 'screen');
  const { lanes, legend } = chart;
  const lanesLabel = el('p', {
    className: 'class-chart-lanes-label',
    textContent: w.classroom('debrief.chart.lanes'),
  });
  // Screen readers get the description instead of the drawing and its labels; the lanes stay,
  // since they may scroll (so take focus), as the list of teams.
  legend.setAttribute('aria-hidden', 'true');
  lanesLabel.id = 'class-chart-lanes-label';
  keyboardScrollable(lanes, { labelledBy: lanesLabel.id });
  const element = el('section', { className: 'class-chart' }, [
    el('h2', { id: 'class-chart-heading', textContent: w.classroom('debrief.chart.heading') }),
    chart.graph,
    lanesLabel,
    lanes,
    legend,
    chartDescription(view, teams, w),
  ]);
  element.setAttribute('aria-labelledby', 'class-chart-heading');
  return {
    element,
    fit() {
      lanes.style.maxHeight = '';
      const row = lanes.firstElementChild instanceof HTMLElement ? lanes.firstElementChild : null;
      const room = lanes.clientHeight;
      if (!row || row.offsetHeight === 0 || lanes.scrollHeight <= room + 1) return;
      const whole = Math.max(1, Math.floor(room / row.offsetHeight)) * row.offsetHeight;
      lanes.style.maxHeight = `${String(whole)}px`;
    },
    setAlternative(timeline) {
      chart.setAlternative(timeline);
    },
  };
}

/**
 * The chart in words: what each team did when, and a table of the stage by round with and
 * without the class's measures and each team's measures.
 */
function chartDescription(
  view: DebriefView,
  teams: readonly TeamMarks[],
  w: Translator,
): HTMLElement {
  const number = w.number;
  const lines = teams.map((marks) => {
    const line =
      marks.total === 0
        ? w.classroom('debrief.chart.teamNone', { team: teamName(marks, w) })
        : w.classroom('debrief.chart.teamLine', {
            team: teamName(marks, w),
            measures: w.classroom('debrief.chart.measureCount', { count: marks.total }),
            rounds: w.classroom('debrief.chart.inRounds', {
              count: marks.marks.length,
              list: w.list(marks.marks.map((m) => number(m.round))),
            }),
          });
    return el('li', { textContent: line });
  });
  return el('div', { className: 'visually-hidden class-chart-description' }, [
    el('ul', {}, lines),
    classStageTable(view, teams, w),
  ]);
}

/**
 * The stage in each round with the class's measures and if nobody had acted, and how many
 * measures each team took in it: the chart's story as a table (for screen readers and paper).
 */
export function classStageTable(
  view: DebriefView,
  teams: readonly TeamMarks[],
  w: Translator,
): HTMLTableElement {
  const number = w.number;
  return stageTable(
    w,
    {
      caption: w.classroom('debrief.chart.tableCaption'),
      player: w.classroom('debrief.chart.player'),
    },
    view,
    teams.map((marks) => ({
      heading: teamName(marks, w),
      cell: (round) => number(marksIn(marks, round)),
    })),
  );
}

/** A team's name, or the facilitator's title. */
function teamName(marks: TeamMarks, w: Translator): string {
  return marks.team?.name ?? w.classroom('facilitator');
}
