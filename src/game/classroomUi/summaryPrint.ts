/** A print-friendly summary of a classroom session (A4 and Letter), opened over the game. */
import './summaryPrint.css';
import type { ClassroomSummary } from '../../classroom/summary.ts';
import type { ClassroomState } from '../../classroom/state.ts';
import type { GameServices } from '../services.ts';
import { button, el } from '../ui/dom.ts';
import { teamMarks } from '../../classroom/chart.ts';
import { debriefView } from '../debrief/debriefView.ts';
import { classStageTable } from './classChart.ts';
import { classroomWords } from './common.ts';
import { printChart } from './printChart.ts';
import { classroomResults } from './results.ts';

/** On <html> while the summary is open: print styles then show only the summary. */
const OPEN_CLASS = 'classroom-print-open';

/** Open the summary; Escape or Close returns to the debrief. */
export function openSummaryPrint(
  services: GameServices,
  state: ClassroomState,
  summary: ClassroomSummary,
  country: string,
): void {
  const w = classroomWords(services);
  const date = new Intl.DateTimeFormat(services.i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'long',
  }).format(new Date());
  const close = (): void => {
    page.close(true);
  };
  const printButton = button('print-button', w('debrief.print'), () => {
    window.print();
  });
  const closeButton = button('print-button', w('debrief.closePrint'), close);
  // The crisis round by round: the table (stage and each team's measures), then the chart.
  const marks = teamMarks(state);
  const story = el('section', { className: 'classroom-story' }, [
    el('h2', { textContent: w('debrief.chart.heading') }),
    classStageTable(services, debriefView(state.game), marks, w),
  ]);
  const chart = printChart(services, state, marks, w);
  const view = el('div', { className: 'classroom-print' }, [
    el('div', { className: 'classroom-print-tools' }, [printButton, closeButton]),
    el('h1', { textContent: w('debrief.printHeading', { country }) }),
    el('p', { textContent: w('debrief.printDate', { seed: state.setup.seed, date }) }),
    classroomResults(services, state, summary, w, [story, chart]),
  ]);
  view.setAttribute('role', 'dialog');
  view.setAttribute('aria-modal', 'true');
  view.setAttribute('aria-label', w('debrief.printHeading', { country }));
  view.lang = services.i18n.resolvedLanguage ?? 'en';
  view.dir = services.i18n.dir();
  const page = services.ui.modals.page(view, {
    kind: 'classroomSummary',
    htmlClass: OPEN_CLASS,
    focus: () => printButton,
  });
}
