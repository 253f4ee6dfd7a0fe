import { unluckySeed, type CostliestDelay, type GameState } from '../../core/index.ts';
import { chartInput, chartView, type ChartView } from '../debrief/chartView.ts';
import { findCostliestDelay } from '../debrief/costliest.ts';
import { debriefView, type DebriefView } from '../debrief/debriefView.ts';
import { missedLines, type LessonLine } from '../debrief/lessons.ts';
import { stageTable } from '../debrief/stageTable.ts';
import { whatIfPanel } from '../debrief/whatIfPanel.ts';
import { SceneKey } from '../keys.ts';
import { Ink } from '../palette.ts';
import type { GameServices } from '../services.ts';
import type { GameSession } from '../session/session.ts';
import { DebriefCue } from '../session/audioBridge.ts';
import type { GameSetup } from '../setup.ts';
import { freshSeed } from '../text.ts';
import type { ContentKey, Translator } from '../translator.ts';
import {
  DEBRIEF_OUTCOME_KEYS,
  DEBRIEF_PANEL_KEYS,
  DIMENSION_KEYS,
  OUTCOME_KEYS,
  STAGE_DISCUSSION_KEYS,
} from '../textKeys.ts';
import { button, el, withSecond } from '../ui/dom.ts';
import { keyboardScrollable } from '../ui/scrollRegion.ts';
import { languageButton } from '../ui/languagePicker.ts';
import { panelTabs } from '../ui/panelTabs.ts';
import { debateSection } from '../ui/r2pExplainer.ts';
import { ActEarlyScene } from './ActEarlyScene.ts';

const COMPACT_PANELS = ['results', 'chart', 'missed'] as const;
type CompactPanel = (typeof COMPACT_PANELS)[number];

/** The debrief: score by dimension, the run beside the counterfactual, missed windows, the report. */
export class DebriefScene extends ActEarlyScene {
  private compactPanel: CompactPanel = 'results';
  private readonly debriefCue = new DebriefCue();
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
    const view = debriefView(session.state);
    this.unlucky = unluckySeed(session.state);
    this.delay = undefined;
    this.render(view);
    void findCostliestDelay(session.state).then((delay) => {
      if (!this.sys.isActive() || this.services.session !== session) return;
      this.delay = delay;
      this.onDelay?.(delay);
    });
    this.debriefCue.play(session.state, this.services.audio);
  }

  /** Shows the costliest delay in the screen now on display. */
  private onDelay: ((delay: CostliestDelay | null | undefined) => void) | null = null;

  private words(session: GameSession): Translator {
    return this.services.words.forScenario(
      this.scenarioOf(session),
      session.intensity,
      this.services.preferences.secondLanguage,
    );
  }

  private scenarioOf(session: GameSession) {
    return session.content.scenarios.find((s) => s.id === session.state.model.scenarioId);
  }

  private countryName(session: GameSession, words: Translator): string {
    const scenario = this.scenarioOf(session);
    return scenario ? words.text(scenario.countryKey ?? scenario.nameKey) : '';
  }

  private render(view: DebriefView, focusKey?: string): void {
    const session = this.services.session;
    if (!session) return;
    const state = session.state;
    const words = this.words(session);
    const compact = this.services.ui.compact;
    const chart = this.chart(state, view, words);
    const costliest = el('li', { className: 'costliest-delay' });
    const tryIt = whatIfPanel({
      words,
      state,
      name: (id) => this.measureName(state, words, id),
      onCurve: (timeline) => {
        chart.view.setAlternative(timeline);
      },
    });
    const outcome = this.outcome(session, view, words);
    const again = button('menu-button primary', this.t('debrief.sameSeed'));
    const screen = el('main', { className: `screen debrief-screen show-${this.compactPanel}` }, [
      el('div', { className: 'debrief-top' }, [
        el('header', { className: 'debrief-header' }, [
          el('h1', {
            textContent: this.t('debrief.heading', {
              country: this.countryName(session, words),
            }),
          }),
          // A phone shows the outcome at the top of the results panel, where it has room.
          ...(compact ? [] : [outcome]),
        ]),
        languageButton(this.services),
      ]),
      ...(compact ? [this.tabs(view)] : []),
      el('div', { className: 'debrief-body' }, [
        el('section', { className: 'debrief-chart' }, [
          ...chart.parts,
          ...(compact ? [tryIt.element] : []),
        ]),
        keyboardScrollable(
          el('section', { className: 'debrief-missed' }, [
            el('h2', { id: 'missed-heading', textContent: this.t('debrief.missedHeading') }),
            this.missed(state, view, words, costliest),
          ]),
          { labelledBy: 'missed-heading' },
        ),
        keyboardScrollable(
          el('div', { className: 'debrief-side' }, [
            ...(compact ? [outcome] : []),
            this.scoreSection(view),
            ...(compact ? [] : [tryIt.element]),
            el('section', {}, [
              el('h2', { textContent: this.t('debrief.reportHeading') }),
              this.quotes(view, words),
            ]),
            el('section', {}, [
              el('h2', { textContent: this.t('debrief.discussHeading') }),
              this.questions(session, view, words),
            ]),
            debateSection(words),
          ]),
          { labelledBy: 'score-heading' },
        ),
      ]),
      this.actions(session, again),
    ]);
    this.services.ui.show(screen);
    this.onDelay = (delay) => {
      tryIt.showDelay(costliest, delay);
    };
    this.onDelay(this.delay);
    this.focus(screen, again, view, focusKey);
    this.services.hook.ready = true;
  }

  private total(view: DebriefView): string {
    return this.t('debrief.total', {
      points: this.services.words.number(view.score.total),
      max: this.services.words.number(view.score.max),
    });
  }

  /** The risk chart with its legend and, for screen readers, its table. */
  private chart(
    state: GameState,
    view: DebriefView,
    words: Translator,
  ): { view: ChartView; parts: HTMLElement[] } {
    const t = this.t;
    const chart = chartView(chartInput(state, view, words.rtl), {
      stage: (stage) => t('debrief.stageShort', { stage }),
      round: (round) => words.number(round),
      legend: {
        player: t('debrief.legend.player'),
        none: t('debrief.legend.none'),
        measures: t('debrief.legend.measures'),
        signs: t('debrief.legend.signs'),
        change: t('debrief.whatIf.legend'),
      },
    });
    const table = stageTable(
      words,
      { caption: t('debrief.chartLabel'), player: t('debrief.legend.player') },
      view,
    );
    table.className = 'visually-hidden';
    return { view: chart, parts: [chart.graph, chart.legend, table] };
  }

  private measureName(state: GameState, words: Translator, id: string): string {
    const measure = state.model.measures.find((m) => m.id === id);
    return measure ? words.text(measure.nameKey) : id;
  }

  /** A line of the missed windows in words. */
  private lessonText(state: GameState, words: Translator, line: LessonLine): string {
    const named = (list: readonly { id: string; nameKey: ContentKey }[], id: string) => {
      const found = list.find((item) => item.id === id);
      return found ? words.about(id, found.nameKey) : id;
    };
    const values: Record<string, unknown> = { ...line.numbers };
    if (line.times !== undefined) values.times = words.number(line.times, 1);
    if (line.measure !== undefined) {
      values.measure = line.measure === null ? '—' : this.measureName(state, words, line.measure);
    }
    if (line.sign !== undefined) values.sign = named(state.model.signs, line.sign);
    if (line.trigger !== undefined) values.trigger = named(state.model.triggers, line.trigger);
    return words.text(line.key, values);
  }

  private missed(
    state: GameState,
    view: DebriefView,
    words: Translator,
    costliest: HTMLElement,
  ): HTMLElement {
    const lines = missedLines(state, view.missedWindows).map((line) =>
      this.lessonText(state, words, line),
    );
    return el('div', {}, [
      el('ul', { className: 'plain-list' }, [
        ...(view.usedMeasures.length > 0 ? [costliest] : []),
        ...lines.map((line) => el('li', { textContent: line })),
      ]),
      ...(lines.length > 0 ? [] : [el('p', { textContent: this.t('debrief.noMissed') })]),
    ]);
  }

  private outcome(session: GameSession, view: DebriefView, words: Translator): HTMLElement {
    const ownLine = this.scenarioOf(session)?.debriefKeys?.[view.outcome];
    // The general lines already open with the outcome's name; scenario lines need it in front.
    const outcomeKey = ownLine ?? DEBRIEF_OUTCOME_KEYS[view.outcome];
    return el('p', { className: `outcome outcome-${view.outcome}` }, [
      ownLine
        ? this.t('debrief.outcomeLine', {
            outcome: words.text(OUTCOME_KEYS[view.outcome]),
            line: words.text(outcomeKey),
          })
        : words.text(outcomeKey),
      ...(words.second ? [withSecond(el('span'), words.secondText(outcomeKey))] : []),
      ...(this.unlucky
        ? [' ', el('span', { className: 'unlucky', textContent: this.t('debrief.whatIf.unlucky') })]
        : []),
    ]);
  }

  private scoreSection(view: DebriefView): HTMLElement {
    const number = this.services.words.number;
    const dimensions = view.dimensions.map((dimension) => {
      const bar = el('span', { className: 'score-bar' }, [el('span', { className: 'score-fill' })]);
      const share = dimension.max > 0 ? (dimension.points / dimension.max) * 100 : 0;
      bar.style.setProperty('--share', `${String(share)}%`);
      bar.setAttribute('aria-hidden', 'true');
      return el('li', { className: 'score-item' }, [
        el('span', {
          className: 'score-name',
          textContent: this.t(DIMENSION_KEYS[dimension.id]),
        }),
        bar,
        el('span', {
          className: 'score-value',
          textContent: this.t('debrief.points', {
            points: number(dimension.points),
            max: number(dimension.max),
          }),
        }),
      ]);
    });
    return el('section', { className: 'debrief-score' }, [
      el('h2', { id: 'score-heading', textContent: this.t('debrief.scoreHeading') }),
      el('p', { className: 'score-total', textContent: this.total(view) }),
      el('ul', { className: 'score-list' }, dimensions),
    ]);
  }

  /** The report's words for each measure the players used. */
  private quotes(view: DebriefView, words: Translator): HTMLElement {
    if (view.usedMeasures.length === 0) {
      return el('p', { textContent: this.t('debrief.noMeasures') });
    }
    return el(
      'ul',
      { className: 'quote-list' },
      view.usedMeasures.map((measure) =>
        el('li', {}, [
          el('strong', { textContent: words.text(measure.nameKey) }),
          el('span', { textContent: this.t('debrief.takenIn', { round: measure.firstRound }) }),
          withSecond(
            el('blockquote', {
              textContent: measure.quoteKey
                ? words.text(measure.quoteKey)
                : this.t('card.cites', {
                    paragraphs: measure.cites.map((n) => `¶${String(n)}`).join(', '),
                  }),
            }),
            measure.quoteKey ? words.secondText(measure.quoteKey) : null,
          ),
        ]),
      ),
    );
  }

  /** A discussion question for each stage the crisis reached. */
  private questions(session: GameSession, view: DebriefView, words: Translator): HTMLElement {
    const scenario = this.scenarioOf(session);
    return el(
      'ol',
      { className: 'plain-list' },
      view.stagesReached.map((stage) => {
        const key = scenario?.discussionKeys?.[stage - 1] ?? STAGE_DISCUSSION_KEYS[stage];
        return withSecond(
          el('li', {}, [
            el('strong', { textContent: `${this.t('debrief.atStage', { stage })} ` }),
            words.text(key),
          ]),
          words.secondText(key),
        );
      }),
    );
  }

  /** The same crisis again, a new one, or the title screen. */
  private actions(session: GameSession, again: HTMLButtonElement): HTMLElement {
    const state = session.state;
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
    const fresh = button('menu-button', this.t('debrief.newSeed'), () => {
      replay(freshSeed());
    });
    const title = button('menu-button secondary', this.t('debrief.toTitle'), () => {
      this.services.session = null;
      this.scene.start(SceneKey.Title);
    });
    return el('div', { className: 'debrief-actions' }, [again, fresh, title]);
  }

  /** A phone's tabs: results, chart or missed windows. */
  private tabs(view: DebriefView): HTMLElement {
    return panelTabs(
      this.t('debrief.panels.label'),
      COMPACT_PANELS.map((panel) => ({ panel, label: this.t(DEBRIEF_PANEL_KEYS[panel]) })),
      this.compactPanel,
      (panel) => {
        this.compactPanel = panel;
        this.render(view, `panel-${panel}`);
      },
    );
  }

  /** Focus the tab just chosen, or the first action and announce the score. */
  private focus(screen: HTMLElement, again: HTMLElement, view: DebriefView, focusKey?: string) {
    const target = focusKey
      ? screen.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)
      : null;
    (target ?? again).focus();
    if (!focusKey) this.services.ui.announce(this.total(view));
  }
}
