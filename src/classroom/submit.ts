/**
 * A team's choices for one round, proposed on the members' own devices and submitted at once
 * (issue #18): every pick is applied in order and the team is marked done, or nothing changes.
 */
import type { RoleId } from '../core/index.ts';
import { reduceClassroom } from './classroom.ts';
import type { ClassroomEffect, ClassroomIntent, ClassroomState, ClassroomStep } from './state.ts';

/** One proposed change: take a measure for a role, or withdraw a pending one. */
export interface TeamPick {
  readonly kind: 'take' | 'withdraw';
  readonly role: RoleId;
  readonly measure: string;
}

function intentOf(team: string, pick: TeamPick): ClassroomIntent {
  const kind = pick.kind === 'take' ? 'takeMeasure' : 'withdrawMeasure';
  return { kind, by: team, role: pick.role, measure: pick.measure };
}

/**
 * Apply `picks` for `team`, then (with `finish`) its `teamDone`. All or nothing: the first
 * refused intent leaves the state unchanged and its `rejected` effect is the only effect.
 * Without `finish` it is a dry run of the proposals so far (the state is still returned).
 */
export function submitTeam(
  state: ClassroomState,
  team: string,
  picks: readonly TeamPick[],
  finish = true,
): ClassroomStep {
  const intents = picks.map((pick) => intentOf(team, pick));
  if (finish) intents.push({ kind: 'teamDone', team });
  let current = state;
  const effects: ClassroomEffect[] = [];
  for (const intent of intents) {
    const result = reduceClassroom(current, intent);
    const rejected = result.effects.find((e) => e.kind === 'rejected');
    if (rejected) return { state, effects: [rejected] };
    effects.push(...result.effects.filter((e) => e.kind !== 'persist'));
    current = result.state;
  }
  if (current !== state) effects.push({ kind: 'persist' });
  return { state: current, effects };
}
