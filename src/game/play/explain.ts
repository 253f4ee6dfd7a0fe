import {
  addPush,
  strongestCause,
  type Cause,
  type CausePush,
  type CauseTally,
  type GameEvent,
  type GameState,
  type Stage,
} from '../../core/index.ts';
import { CLARITY_WHY_KEYS, SYNERGY_KEYS } from '../textKeys.ts';
import type { Translator } from '../translator.ts';

/** The name of a content id: a `measure`, `sign`, `trigger`, `factor` or `role`. */
export type NameOf = (
  kind: 'measure' | 'sign' | 'trigger' | 'factor' | 'role',
  id: string,
) => string;

/**
 * What explaining a round needs: the translator's UI text, numbers and lists, and the names of
 * content ids and stages (see `roundWording`); tests pass a fake that echoes keys.
 */
export interface Wording extends Pick<Translator, 'ui' | 'number' | 'list'> {
  readonly name: NameOf;
  readonly stage: (stage: Stage) => string;
}

/** Tone of a line: also shown as an icon and a word, never by colour alone. */
export type LineTone = 'worse' | 'better' | 'neutral' | 'warning';

/** One visible consequence and why it happened. */
export interface ConsequenceLine {
  readonly tone: LineTone;
  readonly text: string;
  readonly why: string;
}

/** Changes smaller than this (points on a 0–100 scale) are folded away as noise. */
const VISIBLE_CHANGE = 0.5;

function signSeen(state: GameState, uid: number): boolean {
  return state.signs.some((sign) => sign.uid === uid && sign.detectedRound !== null);
}

/** Why a factor moved, in words; a sign nobody could see stays unnamed. */
function because(cause: Cause, state: GameState, w: Wording): string {
  switch (cause.kind) {
    case 'trigger':
      return cause.amplifier === null
        ? w.ui('why.trigger', { trigger: w.name('trigger', cause.id) })
        : w.ui('why.triggerAmplified', {
            trigger: w.name('trigger', cause.id),
            factor: w.name('factor', cause.amplifier),
          });
    case 'measure':
      return w.ui('why.measure', { measure: w.name('measure', cause.id) });
    case 'backfire':
      return w.ui('why.backfire', { measure: w.name('measure', cause.id) });
    case 'sign':
      return signSeen(state, cause.uid)
        ? w.ui('why.sign', { sign: w.name('sign', cause.id) })
        : w.ui('why.unseen');
    case 'drift':
      return w.ui('why.drift');
    case 'erosion':
      return w.ui('why.erosion');
    case 'decay':
      return w.ui('why.decay');
    case 'threshold':
      return w.ui('why.threshold', { factor: w.name('factor', cause.factor) });
    case 'player':
      return w.ui('why.player', { role: w.name('role', cause.role) });
    case 'delay':
    case 'duration':
      return w.ui('why.measure', { measure: w.name('measure', cause.id) });
    case 'calendar':
      return w.ui('why.calendar');
    case 'facilitator':
      return w.ui('why.facilitator');
  }
}

/** A factor's net change in a round and the cause its line names. */
export interface FactorChange {
  readonly factor: string;
  readonly delta: number;
  readonly cause: Cause;
}

/**
 * Each factor's net change over a round's events, with the cause that pushed hardest in that
 * direction (factors whose changes cancel out exactly are left out).
 */
export function factorChanges(events: readonly GameEvent[]): FactorChange[] {
  const factors = new Map<string, { delta: number; causes: CauseTally }>();
  for (const event of events) {
    if (event.type !== 'factorChanged') continue;
    const tally = factors.get(event.factor) ?? { delta: 0, causes: new Map<string, CausePush>() };
    tally.delta += event.delta;
    addPush(tally.causes, event.cause, event.delta);
    factors.set(event.factor, tally);
  }
  const out: FactorChange[] = [];
  for (const [factor, tally] of factors) {
    const cause = strongestCause(tally.causes, tally.delta);
    if (cause) out.push({ factor, delta: tally.delta, cause });
  }
  return out;
}

/**
 * Turn the events of one resolved round into the lines players see, in the order they matter:
 * triggers, measures, factor changes (summed per factor, with the largest cause), new signs, stage.
 */
export function explainRound(
  events: readonly GameEvent[],
  state: GameState,
  w: Wording,
): ConsequenceLine[] {
  const head: ConsequenceLine[] = [];
  const measures: ConsequenceLine[] = [];
  const signs: ConsequenceLine[] = [];
  const tail: ConsequenceLine[] = [];
  const recurring = new Set<number>();
  let country: Extract<GameEvent, { type: 'roundEnded' }> | null = null;
  for (const event of events) {
    switch (event.type) {
      case 'triggerFired':
        head.push({
          tone: 'warning',
          text: w.ui('line.trigger', { trigger: w.name('trigger', event.trigger) }),
          why: w.ui('why.triggerMultiplier', { multiplier: w.number(event.multiplier, 1) }),
        });
        break;
      case 'measureActivated':
        measures.push({
          tone: 'better',
          text: w.ui('line.activated', { measure: w.name('measure', event.measure) }),
          // A measure that answers a seen sign is aimed, and works harder: say so.
          why: informed(state, event.uid) ? w.ui('why.informed') : w.ui('why.delayOver'),
        });
        break;
      case 'signOccurred':
        if (event.anticipatedBy !== undefined) {
          signs.push({
            tone: 'better',
            text: w.ui('line.signBlunted', { measure: w.name('measure', event.anticipatedBy) }),
            why: w.ui('why.blunted'),
          });
        }
        if (event.recurring === true) recurring.add(event.uid);
        break;
      case 'roundStarted': {
        const saved = Object.entries(event.carried)
          .filter(([, points]) => points > 0)
          .map(([role, points]) => w.ui('line.savedRole', { role: w.name('role', role), points }));
        if (saved.length > 0) {
          tail.push({
            tone: 'neutral',
            text: w.ui('line.saved', { list: w.list(saved) }),
            why: w.ui('why.saved', { most: state.model.params.capacityCarry }),
          });
        }
        break;
      }
      case 'roundEnded':
        country = event;
        break;
      case 'measureExpired':
        measures.push({
          tone: 'neutral',
          text: w.ui('line.expired', { measure: w.name('measure', event.measure) }),
          why: w.ui('why.durationOver'),
        });
        break;
      case 'synergy':
        measures.push({
          tone: 'better',
          text: w.ui(SYNERGY_KEYS[event.effect], { measure: w.name('measure', event.measure) }),
          why: w.ui('why.synergy', { partner: w.name('measure', event.with) }),
        });
        break;
      case 'measureWeakened':
        measures.push({
          tone: 'worse',
          text: w.ui('line.weakened', { measure: w.name('measure', event.measure) }),
          why: w.ui('why.weakened', {
            // Any one of them would do (`dependsOn.anyOf`).
            missing: w.list(
              event.missing.map((id) => w.name('measure', id)),
              'or',
            ),
          }),
        });
        break;
      case 'backfire':
        measures.push({
          tone: 'worse',
          text: w.ui('line.backfire', { measure: w.name('measure', event.measure) }),
          why: w.ui('why.lowCooperation'),
        });
        break;
      case 'signDetected':
        signs.push({
          tone: 'warning',
          text: w.ui('line.signSeen', { sign: w.name('sign', event.sign) }),
          why: recurring.has(event.uid)
            ? w.ui('why.recurring')
            : w.ui(CLARITY_WHY_KEYS[event.clarity]),
        });
        break;
      case 'signMissed':
        signs.push({ tone: 'worse', text: w.ui('line.signMissed'), why: w.ui('why.missed') });
        break;
      case 'stageChanged':
        tail.push({
          tone: event.to > event.from ? 'worse' : 'better',
          text: w.ui(event.to > event.from ? 'line.stageUp' : 'line.stageDown', {
            stage: event.to,
            name: w.stage(event.to),
          }),
          why: because(event.cause, state, w),
        });
        break;
      default:
        break;
    }
  }

  const changes: ConsequenceLine[] = [];
  const moved = factorChanges(events);
  const overview = country ? countryLine(country, state, moved, w) : null;
  for (const { factor, delta, cause } of moved) {
    if (Math.abs(delta) < VISIBLE_CHANGE) continue;
    const rose = delta > 0;
    const kind = state.model.factors.find((candidate) => candidate.id === factor)?.kind ?? 'risk';
    // A risk rising is bad news; resilience or early-warning capacity rising is good news.
    const worse = kind === 'risk' ? rose : !rose;
    changes.push({
      tone: worse ? 'worse' : 'better',
      text: w.ui(rose ? 'line.rose' : 'line.fell', {
        factor: w.name('factor', factor),
        amount: w.number(Math.abs(delta), 0),
      }),
      why: because(cause, state, w),
    });
  }
  return [...(overview ? [overview] : []), ...head, ...measures, ...changes, ...signs, ...tail];
}

function informed(state: GameState, uid: number): boolean {
  return state.measures.some((m) => m.uid === uid && m.informed);
}

/** Threat moves less than this in a round (0–100) and the country is said to hold steady. */
const STEADY = 1;

/**
 * What happened in the country as a whole: the danger grew, eased or held, with the factor
 * that moved most that way (the lines below give every change and its cause).
 */
function countryLine(
  ended: Extract<GameEvent, { type: 'roundEnded' }>,
  state: GameState,
  moved: readonly FactorChange[],
  w: Wording,
): ConsequenceLine {
  const before = state.history.find((h) => h.round === ended.round - 1)?.threat ?? ended.threat;
  const change = ended.threat - before;
  const values = { from: w.number(before, 0), to: w.number(ended.threat, 0) };
  const stage = { stage: ended.stage, name: w.stage(ended.stage) };
  if (Math.abs(change) < STEADY) {
    return {
      tone: 'neutral',
      text: w.ui('line.countrySteady', values),
      why: w.ui('why.countryStage', stage),
    };
  }
  const rose = change > 0;
  const kindOf = (factor: string) => state.model.factors.find((f) => f.id === factor)?.kind;
  // The factor that pushed hardest the way the danger went: a risk rising, or resilience falling.
  let strongest: FactorChange | null = null;
  for (const item of moved) {
    const worse = kindOf(item.factor) === 'risk' ? item.delta > 0 : item.delta < 0;
    if (worse !== rose) continue;
    if (!strongest || Math.abs(item.delta) > Math.abs(strongest.delta)) strongest = item;
  }
  return {
    tone: rose ? 'worse' : 'better',
    text: w.ui(rose ? 'line.countryRose' : 'line.countryFell', values),
    why: strongest
      ? w.ui(rose ? 'why.countryRose' : 'why.countryFell', {
          factor: w.name('factor', strongest.factor),
        })
      : w.ui('why.countryStage', stage),
  };
}
