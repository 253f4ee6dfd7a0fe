import type { Cause } from './types.ts';

/** What one cause did in a round: its changes to one quantity, summed. */
export interface CausePush {
  readonly cause: Cause;
  amount: number;
}

/** Pushes per cause, keyed by `causeKey`. */
export type CauseTally = Map<string, CausePush>;

/** A key that groups the changes of one cause: one trigger, one measure or sign instance, drift… */
export function causeKey(cause: Cause): string {
  switch (cause.kind) {
    case 'trigger':
      return `trigger:${cause.id}`;
    case 'measure':
    case 'backfire':
    case 'sign':
    case 'delay':
    case 'duration':
      return `${cause.kind}:${String(cause.uid)}`;
    case 'player':
      return `player:${cause.role}`;
    default:
      return cause.kind;
  }
}

/** Add one change of a cause to a tally. */
export function addPush(tally: CauseTally, cause: Cause, amount: number): void {
  const key = causeKey(cause);
  const push = tally.get(key);
  if (push) push.amount += amount;
  else tally.set(key, { cause, amount });
}

/**
 * The cause that pushed hardest in the direction of `net` (> 0 up, < 0 down), or null if none
 * did: a change is never explained by something that pushed the other way.
 */
export function strongestCause(tally: CauseTally, net: number): Cause | null {
  let best: CausePush | null = null;
  for (const push of tally.values()) {
    if (push.amount * net <= 0) continue;
    if (!best || Math.abs(push.amount) > Math.abs(best.amount)) best = push;
  }
  return best?.cause ?? null;
}
