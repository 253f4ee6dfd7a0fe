import { unluckySeed, type CostliestDelay } from '../../core/index.ts';
import { findCostliestDelay } from '../debrief/costliest.ts';
import { whatIfPanel } from '../debrief/whatIfPanel.ts';
import { classroomCsv, classroomJson } from '../../classroom/export.ts';
import { classroomSummary } from '../../classroom/summary.ts';
import { SceneKey } from '../keys.ts';
import { contentNames } from '../play/results.ts';
import { ActEarlyScene } from '../scenes/ActEarlyScene.ts';
import type { GameServices } from '../services.ts';
import { DebriefCue } from '../session/audioBridge.ts';
import { DEBRIEF_PANEL_KEYS } from '../textKeys.ts';
import { drawMenuBackdrop } from '../ui/backdrop.ts';
import { button, el } from '../ui/dom.ts';
import { panelTabs } from '../ui/panelTabs.ts';
import { debateSection } from '../ui/r2pExplainer.ts';
import { buildScreen } from '../ui/screen.ts';
import { download } from '../ui/download.ts';
import { classChart } from './classChart.ts';
import type { ClassroomSession } from './classroomSession.ts';
import { classroomResults } from './results.ts';
import type { RoomLink } from '../room/roomLink.ts';
import type { ClassroomSessionData } from './sceneData.ts';
import { openSummaryPrint } from './summaryPrint.ts';

/** On a phone the chart and the results take turns. */
const COMPACT_PANELS = ['chart', 'results'] as const;
type CompactPanel = (typeof COMPACT_PANELS)[number];

/**
 * The class's results: the risk chart with each team's measures, each team's part, the shared
 * score, the counterfactual, and exports.
 */
export class ClassroomDebriefScene extends ActEarlyScene {
  private session: ClassroomSession | null = null;
  /** The room the session came from, when students joined on their devices. */
  private room: RoomLink | null = null;
  private compactPanel: CompactPanel = 'chart';
  private readonly debriefCue = new DebriefCue();
  /** The costliest delay, once the worker has found it (undefined while it works). */
  private delay: CostliestDelay | null | undefined = undefined;
  private unlucky = false;
  /** Shows the costliest delay in the screen now on display. */
  private onDelay: ((delay: CostliestDelay | null | undefined) => void) | null = null;

  constructor(services: GameServices) {
    super(SceneKey.ClassroomDebrief, services);
  }

  init(data: Partial<ClassroomSessionData>): void {
    if (data.session !== this.session) this.compactPanel = 'chart';
    this.session = data.session ?? null;
    this.room = data.room ?? null;
  }

  create(): void {
    this.enter();
    const session = this.session;
    if (!session) {
      this.scene.start(SceneKey.Title);
      return;
    }
    drawMenuBackdrop(this);
    this.debriefCue.play(session.state.game, this.services.audio);
    this.unlucky = unluckySeed(session.state.game);
    this.delay = undefined;
    void findCostliestDelay(session.state.game).then((delay) => {
      if (!this.sys.isActive() || this.session !== session) return;
      this.delay = delay;
      this.onDelay?.(delay);
    });
    void this.services.i18n.loadNamespaces('classroom').then(() => {
      if (!this.sys.isActive()) return;
      this.render();
      this.services.hook.ready = true;
    });
  }

  private render(focusKey?: string): void {
    const session = this.session;
    if (!session) return;
    const state = session.state;
    const summary = classroomSummary(state);
    const scenario = session.content.scenarios.find((s) => s.id === state.setup.scenario);
    const w = this.services.words.forScenario(scenario, state.setup.intensity);
    const country = scenario ? w.text(scenario.countryKey ?? scenario.nameKey) : '';
    const { screen, body, actions } = buildScreen(this.services, {
      className: 'classroom-debrief-screen',
      heading: w.classroom('debrief.heading', { country }),
      back: () => {
        this.toTitle();
      },
    });
    const results = classroomResults(w, session.content, state, summary);
    const chart = classChart(state, w);
    const names = contentNames(state.game.model, w);
    const measureName = (id: string): string => names('measure', id);
    const tryIt = whatIfPanel({
      words: w,
      state: state.game,
      name: measureName,
      onCurve: (timeline) => {
        chart.setAlternative(timeline);
      },
    });
    const costliest = el('p', { className: 'costliest-delay' });
    tryIt.element.querySelector('h2')?.after(
      ...(this.unlucky
        ? [
            el('p', {
              className: 'unlucky',
              textContent: w.ui('debrief.whatIf.unlucky'),
            }),
          ]
        : []),
      costliest,
    );
    results.querySelector('.classroom-score')?.after(tryIt.element);
    results.append(debateSection(w));
    this.onDelay = (delay) => {
      tryIt.showDelay(costliest, delay);
    };
    this.onDelay(this.delay);
    body.append(chart.element, results);
    const compact = this.services.ui.compact;
    if (compact) {
      const t = w.ui;
      screen.classList.add(`show-${this.compactPanel}`);
      body.before(
        panelTabs(
          t('debrief.panels.label'),
          COMPACT_PANELS.map((panel) => ({ panel, label: t(DEBRIEF_PANEL_KEYS[panel]) })),
          this.compactPanel,
          (panel) => {
            this.compactPanel = panel;
            this.render(`panel-${panel}`);
          },
        ),
      );
    }
    const base = `act-early-classroom-${state.setup.scenario}-${String(state.setup.seed)}`;
    const csv = button('tool-button', w.classroom('debrief.csv'), () => {
      download(`${base}.csv`, 'text/csv;charset=utf-8', classroomCsv(state));
    });
    const json = button('tool-button', w.classroom('debrief.json'), () => {
      download(`${base}.json`, 'application/json', classroomJson(state, session.content));
    });
    const print = button('tool-button', w.classroom('debrief.print'), () => {
      openSummaryPrint(this.services, session.content, state, summary, country);
    });
    const toTitle = button('menu-button', w.classroom('debrief.toTitle'), () => {
      this.toTitle();
    });
    // Exports are for the teacher's device; a student's device keeps the printable summary.
    const student = this.room?.role === 'student';
    actions.append(
      ...(student
        ? [print, toTitle]
        : [
            el('p', { className: 'export-note', textContent: w.classroom('debrief.exportNote') }),
            csv,
            json,
            print,
            toTitle,
          ]),
    );
    this.services.ui.show(screen);
    const target = focusKey
      ? screen.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)
      : null;
    (target ?? (student ? print : csv)).focus();
    // With many teams and little room the lanes scroll: a whole number of them in view.
    chart.fit();
  }

  private toTitle(): void {
    this.session?.stopClock();
    // A student who leaves the debrief leaves the room (the teacher's stays to resume).
    if (this.room?.role === 'student') void this.room.leave();
    this.room = null;
    this.scene.start(SceneKey.Title);
  }
}
