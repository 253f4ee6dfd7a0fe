import type Phaser from 'phaser';
import { unluckySeed, type CostliestDelay } from '../../core/index.ts';
import { riskChartData, type RiskChartData } from '../debrief/chartData.ts';
import { chartFrame, type ChartFrame } from '../debrief/chartFrame.ts';
import { findCostliestDelay } from '../debrief/costliest.ts';
import { debriefView, type DebriefView } from '../debrief/debriefView.ts';
import { lessonsOf } from '../debrief/lessons.ts';
import { drawRiskChart } from '../debrief/riskChart.ts';
import { stageTable } from '../debrief/stageTable.ts';
import { whatIfPanel } from '../debrief/whatIfPanel.ts';
import { SceneKey } from '../keys.ts';
import { Ink } from '../palette.ts';
import type { GameServices } from '../services.ts';
import { playDebriefAudio } from '../session/audioBridge.ts';
import type { GameSetup } from '../setup.ts';
import { contentText, formatNumber, freshSeed } from '../text.ts';
import { ScenarioWords } from '../words.ts';
import { button, el, withSecond } from '../ui/dom.ts';
import { keyboardScrollable } from '../ui/scrollRegion.ts';
import { languageButton } from '../ui/languagePicker.ts';
import { panelTabs } from '../ui/panelTabs.ts';
import { ActEarlyScene } from './ActEarlyScene.ts';

const COMPACT_PANELS = ['results', 'chart', 'missed'] as const;
type CompactPanel = (typeof COMPACT_PANELS)[number];

/** The debrief: score by dimension, the run beside the counterfactual, missed windows, the report. */
export class DebriefScene extends ActEarlyScene {
  private compactPanel: CompactPanel = 'results';
  private chartLayer: Phaser.GameObjects.Graphics | null = null;
  private chartWatch: ResizeObserver | null = null;
  /** The costliest delay, once the worker has found it (undefined while it works). */
  private delay: CostliestDelay | null | undefined = undefined;
  private unlucky = false;

  constructor(services: GameServices) {
    super(SceneKey.Debrief, services);
  }

  create(): void {
    this.enter();
    const session = this.services.session;
    if (!session?.state.finished) {
      this.scene.start(SceneKey.Title);
      return;
    }
    this.cameras.main.setBackgroundColor(Ink.night);
    this.chartLayer = this.add.graphics();
    this.events.once('shutdown', () => {
      this.chartWatch?.disconnect();
      this.chartWatch = null;
    });
    const view = debriefView(session.state);
    this.unlucky = unluckySeed(session.state);
    this.delay = undefined;
    this.render(view);
    void findCostliestDelay(session.state).then((delay) => {
      if (!this.sys.isActive() || this.services.session !== session) return;
      this.delay = delay;
      this.onDelay?.(delay);
    });
    playDebriefAudio(session.state, this.services.audio);
  }

  /** Shows the costliest delay in the screen now on display. */
  private onDelay: ((delay: CostliestDelay | null | undefined) => void) | null = null;

  private text(key: string, values: Record<string, unknown> = {}): string {
    return contentText(this.services.i18n, key, this.services.session?.intensity, values);
  }

  private render(view: DebriefView, focusKey?: string): void {
    const session = this.services.session;
    if (!session) return;
    const t = this.t;
    const state = session.state;
    const scenario = session.content.scenarios.find((s) => s.id === state.model.scenarioId);
    const words = new ScenarioWords(
      this.services.i18n,
      scenario,
      session.intensity,
      this.services.preferences.secondLanguage,
    );
    const ownLine = scenario?.debriefKeys?.[view.outcome];
    // The general lines already open with the outcome's name; scenario lines need it in front.
    const outcomeKey = ownLine ?? `debrief.${view.outcome}`;
    const chartData = riskChartData(state, view);
    const frame = chartFrame(this.services.i18n, chartData, true);
    const legendChange = el('li', {
      className: 'legend-change',
      textContent: t('debrief.whatIf.legend'),
    });
    legendChange.hidden = true;

    const legend = el('ul', { className: 'chart-legend' }, [
      el('li', { className: 'legend-player', textContent: t('debrief.legend.player') }),
      el('li', { className: 'legend-none', textContent: t('debrief.legend.none') }),
      el('li', { className: 'legend-measures', textContent: t('debrief.legend.measures') }),
      el('li', { className: 'legend-signs', textContent: t('debrief.legend.signs') }),
      legendChange,
    ]);

    const table = stageTable(
      this.services.i18n,
      { caption: t('debrief.chartLabel'), player: t('debrief.legend.player') },
      view,
    );
    table.className = 'visually-hidden';

    const dimensions = el(
      'ul',
      { className: 'score-list' },
      view.dimensions.map((dimension) => {
        const bar = el('span', { className: 'score-bar' }, [
          el('span', { className: 'score-fill' }),
        ]);
        bar.style.setProperty(
          '--share',
          `${String(dimension.max > 0 ? (dimension.points / dimension.max) * 100 : 0)}%`,
        );
        bar.setAttribute('aria-hidden', 'true');
        return el('li', { className: 'score-item' }, [
          el('span', {
            className: 'score-name',
            textContent: t(`debrief.dimension.${dimension.id}`),
          }),
          bar,
          el('span', {
            className: 'score-value',
            textContent: t('debrief.points', {
              points: formatNumber(this.services.i18n, dimension.points),
              max: formatNumber(this.services.i18n, dimension.max),
            }),
          }),
        ]);
      }),
    );

    const nameOf = (id: string): string => {
      const measure = state.model.measures.find((m) => m.id === id);
      return measure ? words.text(measure.nameKey) : id;
    };
    const signName = (id: string): string => {
      const sign = state.model.signs.find((s) => s.id === id);
      return sign ? words.about(id, sign.nameKey) : id;
    };
    const windowLines = view.missedWindows.map((window) =>
      window.waited === null
        ? words.text('missedWindow.neverAnswered', {
            sign: signName(window.sign),
            measure: window.suggestion ? words.text(window.suggestion.nameKey) : '—',
          })
        : words.text('missedWindow.lateResponse', {
            sign: signName(window.sign),
            round: window.seenFrom,
            count: window.waited,
          }),
    );
    const lessonLines = lessonsOf(state).map((lesson) => {
      switch (lesson.kind) {
        case 'lateStage':
          return words.text('missedWindow.lateStage', {
            measure: nameOf(lesson.measure),
            stage: lesson.stage,
            bestStage: lesson.bestStage,
            times: formatNumber(this.services.i18n, lesson.times, 1),
          });
        case 'knownTrigger': {
          const trigger = state.model.triggers.find((tr) => tr.id === lesson.trigger);
          return words.text('missedWindow.knownTrigger', {
            trigger: trigger ? words.about(lesson.trigger, trigger.nameKey) : lesson.trigger,
            round: lesson.round,
            measure: nameOf(lesson.measure),
          });
        }
        case 'earlierSight':
          return words.text('missedWindow.earlierSight', {
            sign: signName(lesson.sign),
            count: lesson.count,
          });
        case 'noConsent':
          return words.text('missedWindow.noConsent', { measure: nameOf(lesson.measure) });
        case 'backfire':
          return words.text('missedWindow.backfire', { measure: nameOf(lesson.measure) });
        case 'emptyFocalPoint':
          return words.text('missedWindow.emptyFocalPoint');
        case 'cerdUnknown':
          return words.text('missedWindow.cerdUnknown');
      }
    });
    const lines = [...windowLines, ...lessonLines];
    const costliest = el('li', { className: 'costliest-delay' });
    const missed = el('div', {}, [
      el('ul', { className: 'plain-list' }, [
        ...(view.usedMeasures.length > 0 ? [costliest] : []),
        ...lines.map((line) => el('li', { textContent: line })),
      ]),
      ...(lines.length > 0 ? [] : [el('p', { textContent: t('debrief.noMissed') })]),
    ]);
    const tryIt = whatIfPanel({
      i18n: this.services.i18n,
      state,
      name: nameOf,
      onCurve: (timeline) => {
        chartData.alternative = timeline;
        legendChange.hidden = timeline === null;
        this.drawChart?.();
      },
    });

    const quotes =
      view.usedMeasures.length > 0
        ? el(
            'ul',
            { className: 'quote-list' },
            view.usedMeasures.map((measure) =>
              el('li', {}, [
                el('strong', { textContent: this.text(measure.nameKey) }),
                el('span', { textContent: t('debrief.takenIn', { round: measure.firstRound }) }),
                withSecond(
                  el('blockquote', {
                    textContent: measure.quoteKey
                      ? this.text(measure.quoteKey)
                      : t('card.cites', {
                          paragraphs: measure.cites.map((n) => `¶${String(n)}`).join(', '),
                        }),
                  }),
                  measure.quoteKey ? words.secondText(measure.quoteKey) : null,
                ),
              ]),
            ),
          )
        : el('p', { textContent: t('debrief.noMeasures') });

    const questions = el(
      'ol',
      { className: 'plain-list' },
      view.stagesReached.map((stage) => {
        const key = scenario?.discussionKeys?.[stage - 1] ?? `discussion.stage${String(stage)}`;
        return withSecond(
          el('li', {}, [
            el('strong', { textContent: `${t('debrief.atStage', { stage })} ` }),
            words.text(key),
          ]),
          words.secondText(key),
        );
      }),
    );

    const again = button('menu-button primary', t('debrief.sameSeed'));
    const fresh = button('menu-button', t('debrief.newSeed'));
    const title = button('menu-button secondary', t('debrief.toTitle'));
    const replay = (seed: number): void => {
      const setup: GameSetup = {
        scenarioId: state.model.scenarioId,
        seed,
        intensity: session.intensity,
      };
      this.services.session = null;
      this.scene.start(SceneKey.Briefing, setup);
    };
    again.addEventListener('click', () => {
      replay(state.seed);
    });
    fresh.addEventListener('click', () => {
      replay(freshSeed());
    });
    title.addEventListener('click', () => {
      this.services.session = null;
      this.scene.start(SceneKey.Title);
    });

    const compact = this.services.ui.compact;
    const outcome = el('p', { className: `outcome outcome-${view.outcome}` }, [
      ownLine
        ? t('debrief.outcomeLine', {
            outcome: this.text(`outcome.${view.outcome}.name`),
            line: words.text(outcomeKey),
          })
        : words.text(outcomeKey),
      ...(words.second ? [withSecond(el('span'), words.secondText(outcomeKey))] : []),
      ...(this.unlucky
        ? [' ', el('span', { className: 'unlucky', textContent: t('debrief.whatIf.unlucky') })]
        : []),
    ]);
    const tabs = compact
      ? [
          panelTabs(
            t('debrief.panels.label'),
            COMPACT_PANELS.map((panel) => ({ panel, label: t(`debrief.panels.${panel}`) })),
            this.compactPanel,
            (panel) => {
              this.compactPanel = panel;
              this.render(view, `panel-${panel}`);
            },
          ),
        ]
      : [];
    const screen = el('main', { className: `screen debrief-screen show-${this.compactPanel}` }, [
      el('div', { className: 'debrief-top' }, [
        el('header', { className: 'debrief-header' }, [
          el('h1', {
            textContent: t('debrief.heading', {
              country: this.text(`scenario.${state.model.scenarioId}.country`),
            }),
          }),
          // A phone shows the outcome at the top of the results panel, where it has room.
          ...(compact ? [] : [outcome]),
        ]),
        languageButton(this.services),
      ]),
      ...tabs,
      el('div', { className: 'debrief-body' }, [
        el('section', { className: 'debrief-chart' }, [
          frame.element,
          legend,
          table,
          ...(compact ? [tryIt.element] : []),
        ]),
        keyboardScrollable(
          el('section', { className: 'debrief-missed' }, [
            el('h2', { id: 'missed-heading', textContent: t('debrief.missedHeading') }),
            missed,
          ]),
          { labelledBy: 'missed-heading' },
        ),
        keyboardScrollable(
          el('div', { className: 'debrief-side' }, [
            ...(compact ? [outcome] : []),
            el('section', { className: 'debrief-score' }, [
              el('h2', { id: 'score-heading', textContent: t('debrief.scoreHeading') }),
              el('p', {
                className: 'score-total',
                textContent: t('debrief.total', {
                  points: formatNumber(this.services.i18n, view.score.total),
                  max: formatNumber(this.services.i18n, view.score.max),
                }),
              }),
              dimensions,
            ]),
            ...(compact ? [] : [tryIt.element]),
            el('section', {}, [el('h2', { textContent: t('debrief.reportHeading') }), quotes]),
            el('section', {}, [el('h2', { textContent: t('debrief.discussHeading') }), questions]),
          ]),
          { labelledBy: 'score-heading' },
        ),
      ]),
      el('div', { className: 'debrief-actions' }, [again, fresh, title]),
    ]);
    this.services.ui.show(screen);
    this.watchChart(frame, chartData);
    this.onDelay = (delay) => {
      tryIt.showDelay(costliest, delay);
    };
    this.onDelay(this.delay);
    const target = focusKey
      ? screen.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)
      : null;
    (target ?? again).focus();
    if (!focusKey) {
      this.services.ui.announce(
        t('debrief.total', {
          points: formatNumber(this.services.i18n, view.score.total),
          max: formatNumber(this.services.i18n, view.score.max),
        }),
      );
    }
    this.services.hook.ready = true;
  }

  /** Draws the chart on display again (after "try it yourself" changed its data). */
  private drawChart: (() => void) | null = null;

  /** Draw the chart where the DOM put its plot, and again whenever that changes. */
  private watchChart(frame: ChartFrame, data: RiskChartData): void {
    const layer = this.chartLayer;
    if (!layer) return;
    const rtl = this.services.i18n.dir() === 'rtl';
    const draw = (): void => {
      layer.clear();
      const box = frame.place(this.services.ui.root);
      if (box) drawRiskChart(layer, box, data, rtl);
    };
    this.drawChart = draw;
    draw();
    this.chartWatch?.disconnect();
    this.chartWatch = new ResizeObserver(draw);
    this.chartWatch.observe(frame.plot);
  }
}
