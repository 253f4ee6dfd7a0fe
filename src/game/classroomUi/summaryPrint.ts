/** A print-friendly summary of a classroom session (A4 and Letter), opened over the game. */
import './summaryPrint.css';
import type { ClassroomSummary } from '../../classroom/summary.ts';
import type { ClassroomState } from '../../classroom/state.ts';
import type { Content } from '../../content/schema.ts';
import type { GameServices } from '../services.ts';
import { button, el } from '../ui/dom.ts';
import { teamMarks } from '../../classroom/chart.ts';
import { debriefView } from '../debrief/debriefView.ts';
import { classChartView, classStageTable } from './classChart.ts';
import { classroomResults } from './results.ts';

/** On <html> while the summary is open: print styles then show only the summary. */
const OPEN_CLASS = 'classroom-print-open';

/** Open the summary; Escape or Close returns to the debrief. */
export function openSummaryPrint(
  services: GameServices,
  content: Content,
  state: ClassroomState,
  summary: ClassroomSummary,
  country: string,
): void {
  const w = services.words;
  const date = new Intl.DateTimeFormat(services.i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'long',
  }).format(new Date());
  const close = (): void => {
    page.close(true);
  };
  const printButton = button('print-button', w.classroom('debrief.print'), () => {
    window.print();
  });
  const closeButton = button('print-button', w.classroom('debrief.closePrint'), close);
  // The crisis round by round: the table (stage and each team's measures), then the chart.
  const marks = teamMarks(state);
  const story = el('section', { className: 'classroom-story' }, [
    el('h2', { textContent: w.classroom('debrief.chart.heading') }),
    classStageTable(debriefView(state.game), marks, w),
  ]);
  const drawn = classChartView(state, marks, w, 'paper');
  const chart = el('div', { className: 'print-chart' }, [
    drawn.graph,
    el('p', {
      className: 'print-chart-lanes-label',
      textContent: w.classroom('debrief.chart.lanes'),
    }),
    drawn.lanes,
    drawn.legend,
  ]);
  chart.setAttribute('aria-hidden', 'true');
  const view = el('div', { className: 'classroom-print' }, [
    el('div', { className: 'classroom-print-tools' }, [printButton, closeButton]),
    el('h1', { textContent: w.classroom('debrief.printHeading', { country }) }),
    el('p', { textContent: w.classroom('debrief.printDate', { seed: state.setup.seed, date }) }),
    classroomResults(w, content, state, summary, [story, chart]),
  ]);
  view.setAttribute('role', 'dialog');
  view.setAttribute('aria-modal', 'true');
  view.setAttribute('aria-label', w.classroom('debrief.printHeading', { country }));
  view.lang = services.i18n.resolvedLanguage ?? 'en';
  view.dir = services.i18n.dir();
  const page = services.ui.modals.page(view, {
    kind: 'classroomSummary',
    htmlClass: OPEN_CLASS,
    focus: () => printButton,
  });
}
