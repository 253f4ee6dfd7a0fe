/**
 * The class debrief's risk chart: the self-paced debrief's chart (stage bands, the class's run,
 * the run if nobody had acted, warning signs) with a lane per team under it, one marker per
 * measure in the team's colour and shape. The DOM lays the chart out and carries every word
 * (stage labels, rounds, team names, legend, a description for screen readers); the canvas
 * draws the lines and markers where the DOM placed them.
 */
import './classDebrief.css';
import type Phaser from 'phaser';
import type { TimelinePoint } from '../../core/index.ts';
import { marksIn, teamMarks, type TeamMarks } from '../../classroom/chart.ts';
import type { ClassroomState } from '../../classroom/state.ts';
import { riskChartData } from '../debrief/chartData.ts';
import { chartFrame, stageBox } from '../debrief/chartFrame.ts';
import { debriefView, type DebriefView } from '../debrief/debriefView.ts';
import { drawRiskChart, type ChartLane } from '../debrief/riskChart.ts';
import { stageTable } from '../debrief/stageTable.ts';
import { Ink } from '../palette.ts';
import type { GameServices } from '../services.ts';
import { formatNumber } from '../text.ts';
import { el } from '../ui/dom.ts';
import { keyboardScrollable } from '../ui/scrollRegion.ts';
import { listText, teamChip, teamMarker, type Words } from './common.ts';

/** The chart's DOM and a way to draw its canvas part. */
export interface ClassChart {
  readonly element: HTMLElement;
  /** Elements whose size changes mean the chart must be drawn again. */
  readonly watched: readonly HTMLElement[];
  /** Elements whose scrolling means the chart must be drawn again. */
  readonly scrollers: readonly HTMLElement[];
  /** Once on screen: when the lanes must scroll, show whole lanes only (call before drawing). */
  fit(): void;
  /** Place the stage labels and draw the canvas part where the DOM has put the chart now. */
  draw(g: Phaser.GameObjects.Graphics): void;
  /** Show the class's game replayed with one change ("try it yourself"), or none; then draw. */
  setAlternative(timeline: readonly TimelinePoint[] | null): void;
}

/** The risk chart of a class's session, with its legend and text description. */
export function classChart(services: GameServices, state: ClassroomState, w: Words): ClassChart {
  const t = services.i18n.t;
  const game = state.game;
  const view = debriefView(game);
  const data = riskChartData(game, view);
  const teams = teamMarks(state);
  const rtl = services.i18n.dir() === 'rtl';

  const frame = chartFrame(services.i18n, data, false);
  frame.element.classList.add('class-chart-graph');
  frame.stages.classList.add('class-chart-stages');
  frame.ticks.classList.add('class-chart-ticks');
  const tracks: HTMLElement[] = [];
  const lanes = el(
    'ul',
    { className: 'class-chart-lanes' },
    teams.map((marks) => {
      const track = el('span', { className: 'lane-track' });
      tracks.push(track);
      const lane = el('li', {}, [teamChip(marks.team, w), track]);
      lane.dataset.actor = marks.actor;
      return lane;
    }),
  );
  const graph = frame.element;
  const lanesLabel = el('p', {
    className: 'class-chart-lanes-label',
    textContent: w('debrief.chart.lanes'),
  });
  const legendChange = el('li', {
    className: 'legend-change',
    textContent: t('debrief.whatIf.legend'),
  });
  legendChange.hidden = true;
  const legend = el('ul', { className: 'class-chart-legend' }, [
    el('li', { className: 'legend-player', textContent: w('debrief.chart.player') }),
    el('li', { className: 'legend-none', textContent: t('debrief.legend.none') }),
    el('li', { className: 'legend-signs', textContent: t('debrief.legend.signs') }),
    legendChange,
  ]);
  // Screen readers get the description instead of the drawing and its labels; the lanes stay,
  // since they may scroll (so take focus), as the list of teams.
  legend.setAttribute('aria-hidden', 'true');
  lanesLabel.id = 'class-chart-lanes-label';
  keyboardScrollable(lanes, { labelledBy: lanesLabel.id });
  const element = el('section', { className: 'class-chart' }, [
    el('h2', { id: 'class-chart-heading', textContent: w('debrief.chart.heading') }),
    graph,
    lanesLabel,
    lanes,
    legend,
    chartDescription(services, view, teams, w),
  ]);
  element.setAttribute('aria-labelledby', 'class-chart-heading');

  return {
    element,
    watched: [element, frame.plot, lanes],
    scrollers: [lanes],
    fit() {
      lanes.style.maxHeight = '';
      const row = lanes.firstElementChild instanceof HTMLElement ? lanes.firstElementChild : null;
      const room = lanes.clientHeight;
      if (!row || row.offsetHeight === 0 || lanes.scrollHeight <= room + 1) return;
      const whole = Math.max(1, Math.floor(room / row.offsetHeight)) * row.offsetHeight;
      lanes.style.maxHeight = `${String(whole)}px`;
    },
    draw(g) {
      g.clear();
      const root = services.ui.root;
      const box = frame.place(root);
      if (!box) {
        delete element.dataset.drawn;
        return;
      }
      const panel = stageBox(root, element);
      const highContrast = services.preferences.highContrast;
      g.fillStyle(highContrast ? 0x000000 : Ink.night, highContrast ? 1 : 0.88);
      g.fillRoundedRect(panel.x, panel.y, panel.width, panel.height, 20);
      // Only lanes wholly in view: the others are scrolled away under the legend or heading.
      const shown = stageBox(root, lanes);
      const chartLanes: ChartLane[] = [];
      teams.forEach((marks, i) => {
        const track = tracks[i];
        if (!track) return;
        const lane = stageBox(root, track);
        if (lane.y < shown.y - 1 || lane.y + lane.height > shown.y + shown.height + 1) return;
        const marker = teamMarker(marks.team);
        chartLanes.push({
          y: lane.y + lane.height / 2,
          colour: Number.parseInt(marker.colour.slice(1), 16),
          shape: marker.shape,
          marks: marks.marks,
        });
      });
      drawRiskChart(g, box, { ...data, measureMarks: [], lanes: chartLanes }, rtl);
      element.dataset.drawn = 'true';
    },
    setAlternative(timeline) {
      data.alternative = timeline;
      legendChange.hidden = timeline === null;
    },
  };
}

/**
 * The chart in words: what each team did when, and a table of the stage by round with and
 * without the class's measures and each team's measures.
 */
function chartDescription(
  services: GameServices,
  view: DebriefView,
  teams: readonly TeamMarks[],
  w: Words,
): HTMLElement {
  const number = (value: number) => formatNumber(services.i18n, value);
  const lines = teams.map((marks) => {
    const line =
      marks.total === 0
        ? w('debrief.chart.teamNone', { team: teamName(marks, w) })
        : w('debrief.chart.teamLine', {
            team: teamName(marks, w),
            measures: w('debrief.chart.measureCount', { count: marks.total }),
            rounds: w('debrief.chart.inRounds', {
              count: marks.marks.length,
              list: listText(
                services,
                marks.marks.map((m) => number(m.round)),
              ),
            }),
          });
    return el('li', { textContent: line });
  });
  return el('div', { className: 'visually-hidden class-chart-description' }, [
    el('ul', {}, lines),
    classStageTable(services, view, teams, w),
  ]);
}

/**
 * The stage in each round with the class's measures and if nobody had acted, and how many
 * measures each team took in it: the chart's story as a table (for screen readers and paper).
 */
export function classStageTable(
  services: GameServices,
  view: DebriefView,
  teams: readonly TeamMarks[],
  w: Words,
): HTMLTableElement {
  const number = (value: number) => formatNumber(services.i18n, value);
  return stageTable(
    services.i18n,
    { caption: w('debrief.chart.tableCaption'), player: w('debrief.chart.player') },
    view,
    teams.map((marks) => ({
      heading: teamName(marks, w),
      cell: (round) => number(marksIn(marks, round)),
    })),
  );
}

/** A team's name, or the facilitator's title. */
function teamName(marks: TeamMarks, w: Words): string {
  return marks.team?.name ?? w('facilitator');
}
