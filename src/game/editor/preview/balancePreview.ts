import './balancePreview.css';
import { type BalanceVerdict, scenarioVerdict } from '../../../content/balanceVerdict.ts';
import {
  BALANCE_POLICIES,
  type BalancePolicy,
  type PolicyBalance,
} from '../../../content/scenarioBalance.ts';
import type { ScenarioFile } from '../../../content/scenarioFile.ts';
import type { GameServices } from '../../services.ts';
import { el } from '../../ui/dom.ts';
import { createBalanceMeasurer, type BalanceMeasurer } from './balanceMeasurer.ts';
import type { BalanceStage } from './balanceStages.ts';
import {
  findingWords,
  percentText,
  policyLine,
  policyName,
  verdictAnnouncement,
} from './balanceWords.ts';

/** The live balance preview of a draft or shared scenario: words and a small chart. */
export interface BalancePreview {
  /** The preview's own element, placed by whoever shows it. */
  readonly element: HTMLElement;
  /** Measure this scenario (debounced; a newer call cancels an older run). */
  update(file: ScenarioFile): void;
  /** Stop any run and release the worker. */
  destroy(): void;
}

/** Quiet time after an edit before measuring starts, so typing does not start a run per key. */
const DEBOUNCE_MS = 250;
/** A chart segment narrower than this share carries no number (its row's name has them all). */
const LABELLED_SHARE = 0.1;

type PreviewState = 'waiting' | 'measuring' | 'refining' | 'measured' | 'failed';

/** The three outcomes a bar is split into, drawn in this order. */
const OUTCOMES = ['averted', 'contained', 'atrocity'] as const;
type Outcome = (typeof OUTCOMES)[number];

function shares(b: PolicyBalance): Record<Outcome, number> {
  const atrocity = b.atrocityRate;
  const averted = b.avertedRate;
  return { averted, contained: Math.max(0, 1 - averted - atrocity), atrocity };
}

/** A balance preview, measured off the main thread. */
export function createBalancePreview(services: GameServices): BalancePreview {
  const words = services.words;
  const t = words.balance;
  const title = el('h2', { className: 'balance-title' });
  const status = el('p', { className: 'balance-status' });
  const lines = el('ul', { className: 'balance-lines' });
  const legend = el('ul', { className: 'balance-legend' });
  const rows = el('ul', { className: 'balance-rows' });
  const chart = el('div', { className: 'balance-chart' }, [legend, rows]);
  const verdictBox = el('div', { className: 'balance-verdict' });
  const live = el('p', { className: 'visually-hidden balance-live' });
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const element = el('section', { className: 'balance-preview' }, [
    title,
    status,
    lines,
    chart,
    verdictBox,
    live,
  ]);

  let state: PreviewState = 'waiting';
  let shown: BalanceStage | null = null;
  let verdict: BalanceVerdict | null = null;
  let file: ScenarioFile | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let textReady = false;
  const content = services.content;
  const measurer: BalanceMeasurer | null = content ? createBalanceMeasurer(content) : null;

  const statusText = (): string => {
    switch (state) {
      case 'waiting':
        return t('status.waiting');
      case 'measuring':
        return t('status.measuring');
      case 'refining':
        return t('status.refining', { count: shown?.seeds ?? 0 });
      case 'measured':
        return t('status.measured', { count: shown?.seeds ?? 0 });
      case 'failed':
        return t('status.failed');
    }
  };

  const outcomeName = (outcome: Outcome): string => {
    switch (outcome) {
      case 'averted':
        return t('legend.averted');
      case 'contained':
        return t('legend.contained');
      case 'atrocity':
        return t('legend.atrocity');
    }
  };

  const row = (policy: BalancePolicy, b: PolicyBalance): HTMLLIElement => {
    const split = shares(b);
    const name = policyName(words, policy);
    const bar = el('span', { className: 'balance-bar' });
    for (const outcome of OUTCOMES) {
      const share = split[outcome];
      const segment = el('span', { className: `balance-segment is-${outcome}` });
      segment.style.flexGrow = String(share);
      if (share >= LABELLED_SHARE) segment.textContent = percentText(words, share);
      bar.append(segment);
    }
    bar.setAttribute('aria-hidden', 'true');
    const item = el('li', { className: 'balance-row' }, [
      el('span', { className: 'balance-label', textContent: name }),
      bar,
    ]);
    item.dataset.policy = policy;
    const figures = OUTCOMES.map(
      (outcome) => `${outcomeName(outcome)} ${percentText(words, split[outcome])}`,
    );
    item.setAttribute('aria-label', `${name}: ${words.list(figures)}`);
    return item;
  };

  const renderVerdict = (): void => {
    verdictBox.replaceChildren();
    if (!verdict) return;
    if (verdict.playsWell) {
      verdictBox.append(
        el('p', { className: 'balance-plays-well', textContent: t('verdict.playsWell') }),
      );
      return;
    }
    const list = el('ul', { className: 'balance-findings' });
    for (const finding of verdict.findings) {
      const worded = findingWords(words, finding);
      const item = el('li', { className: 'balance-finding' }, [
        el('strong', { className: 'balance-finding-title', textContent: worded.title }),
        el('span', { className: 'balance-finding-detail', textContent: ` ${worded.detail}` }),
        el('span', { className: 'balance-suggestion', textContent: worded.suggestion }),
      ]);
      item.dataset.code = finding.code;
      list.append(item);
    }
    verdictBox.append(list);
  };

  const render = (): void => {
    element.dataset.state = state;
    element.dataset.seeds = shown ? String(shown.seeds) : '';
    element.dataset.verdict = verdict
      ? verdict.playsWell
        ? 'playsWell'
        : verdict.findings.map((f) => f.code).join(' ')
      : '';
    element.setAttribute('aria-busy', String(state === 'measuring' || state === 'refining'));
    element.classList.toggle('is-stale', state === 'measuring' && shown !== null);
    if (!textReady) return;
    element.lang = words.language;
    element.dir = words.rtl ? 'rtl' : 'ltr';
    title.textContent = t('title');
    element.setAttribute('aria-label', title.textContent);
    status.textContent = statusText();
    const balance = shown?.balance;
    chart.hidden = !balance;
    lines.replaceChildren();
    rows.replaceChildren();
    legend.replaceChildren();
    if (balance) {
      for (const policy of BALANCE_POLICIES) {
        lines.append(el('li', { textContent: policyLine(words, policy, balance[policy]) }));
        rows.append(row(policy, balance[policy]));
      }
      legend.setAttribute('aria-label', t('legend.label'));
      for (const outcome of OUTCOMES) {
        legend.append(
          el('li', { className: `balance-key is-${outcome}` }, [
            el('span', { className: 'balance-swatch' }),
            outcomeName(outcome),
          ]),
        );
      }
    }
    renderVerdict();
  };

  const measure = (measured: ScenarioFile): void => {
    if (!measurer) {
      state = 'failed';
      render();
      return;
    }
    measurer.measure(measured, {
      stage: (stage) => {
        shown = stage;
        verdict = scenarioVerdict(measured.scenario, stage.balance);
        state = stage.final ? 'measured' : 'refining';
        render();
        if (stage.final && textReady) live.textContent = verdictAnnouncement(words, verdict);
      },
      failed: () => {
        state = 'failed';
        shown = null;
        verdict = null;
        render();
      },
    });
  };

  const onLanguage = (): void => {
    render();
  };
  services.i18n.on('languageChanged', onLanguage);
  void services.i18n.loadNamespaces('balance').then(() => {
    textReady = true;
    render();
    if (state === 'measured' && verdict) live.textContent = verdictAnnouncement(words, verdict);
  });
  render();

  return {
    element,
    update(next) {
      file = next;
      if (timer !== null) clearTimeout(timer);
      measurer?.cancel();
      state = 'measuring';
      render();
      timer = setTimeout(() => {
        timer = null;
        if (file) measure(file);
      }, DEBOUNCE_MS);
    },
    destroy() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      measurer?.destroy();
      services.i18n.off('languageChanged', onLanguage);
    },
  };
}
