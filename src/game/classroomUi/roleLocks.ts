import type { Content, RoleId } from '../../content/schema.ts';
import { teamOf } from '../../classroom/setup.ts';
import { actBlocker, type ClassroomState } from '../../classroom/state.ts';
import { FACILITATOR, type TeamSetup } from '../../classroom/types.ts';
import type { GameServices } from '../services.ts';
import { el } from '../ui/dom.ts';
import { roleNames } from './common.ts';
import type { Translator } from '../translator.ts';

/**
 * The team acting now: the team at the projector, or, when the facilitator enters choices, the
 * team picked in the entry list (`entryTeam`) if it has not finished, else the first that has not.
 */
export function activeTeam(state: ClassroomState, entryTeam: string | null): TeamSetup | null {
  const { phase, setup } = state;
  if (phase.kind === 'turn' || phase.kind === 'handoff') return teamOf(setup, phase.team) ?? null;
  if (phase.kind !== 'entry') return null;
  const open = setup.teams.filter((t) => !state.done.includes(t.id));
  return open.find((t) => t.id === entryTeam) ?? open[0] ?? null;
}

/** Who would act for a role now: the active team if it plays it, else the facilitator's. */
export function actorFor(
  state: ClassroomState,
  team: TeamSetup | null,
  role: RoleId,
): string | null {
  if (team?.roles.includes(role)) return team.id;
  if (state.setup.facilitatorRoles.includes(role)) return FACILITATOR;
  return null;
}

/**
 * Other teams' roles are visible but locked: the role panel's buttons are disabled and a line
 * says who plays the role (in a device room, `devices`: teams decide at once on their own devices).
 */
export function lockRoles(
  services: GameServices,
  content: Content,
  w: Translator,
  state: ClassroomState,
  team: TeamSetup | null,
  roles: HTMLElement,
  selected: RoleId,
  devices = false,
): void {
  const actor = actorFor(state, team, selected);
  const blocked = actor === null ? 'roleNotYours' : actBlocker(state, actor, selected);
  if (blocked === null) return;
  const players = state.setup.teams.filter((t) => t.roles.includes(selected));
  const role = roleNames(services.words, content, [selected]);
  const note =
    players.length > 0
      ? w.classroom(devices ? 'play.lockedByDevices' : 'play.lockedBy', {
          role,
          team: services.words.list(players.map((t) => t.name)),
        })
      : w.classroom('play.lockedFacilitator', { role });
  for (const control of roles.querySelectorAll<HTMLButtonElement>('.card-actions button')) {
    control.disabled = true;
  }
  roles
    .querySelector('.role-panel')
    ?.prepend(el('p', { className: 'locked-note', textContent: note }));
  roles.classList.add('role-locked');
}
