/** The balance preview's figures and verdict in the reader's words. */
import type { BalanceFinding, BalanceVerdict } from '../../../content/balanceVerdict.ts';
import type { BalancePolicy, PolicyBalance } from '../../../content/scenarioBalance.ts';
import type { Translator } from '../../translator.ts';

/** A share (0–1) as a percentage in the reader's conventions, with Latin digits (0.4 %, not 0 %). */
export function percentText(words: Translator, share: number): string {
  return new Intl.NumberFormat(words.language, {
    style: 'percent',
    maximumFractionDigits: share > 0 && share < 0.01 ? 1 : 0,
    numberingSystem: 'latn',
  }).format(share);
}

/** How often, in words: "in 9 games of 10", "in almost every game", "in no game". */
export function frequencyText(words: Translator, share: number): string {
  const t = words.balance;
  if (share <= 0) return t('frequency.never');
  if (share < 0.05) return t('frequency.rare');
  if (share >= 0.95) return t('frequency.almostAll');
  return t('frequency.tenths', { count: Math.round(share * 10) });
}

/** A policy's name, as the chart labels it. */
export function policyName(words: Translator, policy: BalancePolicy): string {
  const t = words.balance;
  switch (policy) {
    case 'none':
      return t('policy.none');
    case 'early':
      return t('policy.early');
    case 'late':
      return t('policy.late');
    case 'randomFull':
      return t('policy.randomFull');
  }
}

/** The sentence for one policy: atrocity for doing nothing, averted for the others. */
export function policyLine(words: Translator, policy: BalancePolicy, b: PolicyBalance): string {
  const t = words.balance;
  switch (policy) {
    case 'none':
      return t('line.none', { frequency: frequencyText(words, b.atrocityRate) });
    case 'early':
      return t('line.early', { frequency: frequencyText(words, b.avertedRate) });
    case 'late':
      return t('line.late', { frequency: frequencyText(words, b.avertedRate) });
    case 'randomFull':
      return t('line.randomFull', { frequency: frequencyText(words, b.avertedRate) });
  }
}

/** A finding in words: its title, what the figures show, and which settings to change. */
export interface FindingWords {
  readonly title: string;
  readonly detail: string;
  readonly suggestion: string;
}

/** One finding in words, its figures filled in. */
export function findingWords(words: Translator, finding: BalanceFinding): FindingWords {
  const t = words.balance;
  const pct = (share: number) => percentText(words, share);
  const suggest = (suggestion: string) => t('verdict.suggestion', { suggestion });
  switch (finding.code) {
    case 'unwinnable':
      return {
        title: t('finding.unwinnable.title'),
        detail: t('finding.unwinnable.detail', { early: pct(finding.earlyAverted) }),
        suggestion: suggest(t('finding.unwinnable.suggest')),
      };
    case 'trivial':
      return {
        title: t('finding.trivial.title'),
        detail: t('finding.trivial.detail', { none: pct(finding.noneAtrocity) }),
        suggestion: suggest(t('finding.trivial.suggest')),
      };
    case 'timingIrrelevant':
      return {
        title: t('finding.timingIrrelevant.title'),
        detail: t('finding.timingIrrelevant.detail', {
          late: pct(finding.lateAverted),
          early: pct(finding.earlyAverted),
        }),
        suggestion: suggest(t('finding.timingIrrelevant.suggest')),
      };
    case 'choicesIrrelevant':
      return {
        title: t('finding.choicesIrrelevant.title'),
        detail: t('finding.choicesIrrelevant.detail', {
          random: pct(finding.randomAverted),
          early: pct(finding.earlyAverted),
        }),
        suggestion: suggest(t('finding.choicesIrrelevant.suggest')),
      };
    case 'noReward':
      return {
        title: t('finding.noReward.title'),
        detail: t('finding.noReward.detail', {
          early: words.number(finding.earlyScore),
          none: words.number(finding.noneScore),
        }),
        suggestion: suggest(t('finding.noReward.suggest')),
      };
  }
}

/** What the live region says once the full answer is in. */
export function verdictAnnouncement(words: Translator, verdict: BalanceVerdict): string {
  const t = words.balance;
  if (verdict.playsWell) return t('announce.playsWell');
  const titles = verdict.findings.map((finding) => findingWords(words, finding).title);
  return t('announce.findings', { findings: words.list(titles) });
}
