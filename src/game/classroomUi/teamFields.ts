/** The teams of the classroom set-up: one group of fields per team (name, colour, roles). */
import { ROLE_IDS, type RoleId } from '../../content/schema.ts';
import { TEAM_COLOURS, type TeamSetup } from '../../classroom/types.ts';
import type { GameServices } from '../services.ts';
import { el } from '../ui/dom.ts';
import { roleName, teamChip } from './common.ts';
import { field, select, type SetupEditor } from './formControls.ts';
import { teamColourKey } from '../textKeys.ts';

/** Every team's fields, in a grid whose columns suit the number of teams. */
export function teamGrid(
  services: GameServices,
  editor: SetupEditor,
  roles: readonly RoleId[],
): HTMLElement {
  const teams = editor.current().teams;
  const grid = el('div', { className: 'team-grid' });
  grid.dataset.teams = String(teams.length);
  teams.forEach((team, index) => {
    grid.append(teamFieldset(services, editor, team, index, roles));
  });
  return grid;
}

function updateTeam(
  editor: SetupEditor,
  index: number,
  change: Partial<TeamSetup>,
  rebuild?: string,
): void {
  const setup = editor.current();
  const teams = setup.teams.map((team, i) => (i === index ? { ...team, ...change } : team));
  editor.set({ ...setup, teams }, rebuild);
}

function teamFieldset(
  services: GameServices,
  editor: SetupEditor,
  team: TeamSetup,
  index: number,
  roles: readonly RoleId[],
): HTMLElement {
  const w = services.words;
  const content = services.content;
  const number = index + 1;
  const key = `team-${String(index)}`;
  const chip = teamChip(team, w);
  const name = el('input', { type: 'text' });
  name.value = team.name;
  name.maxLength = 60;
  name.autocomplete = 'off';
  name.addEventListener('input', () => {
    const shown = chip.querySelector('.team-name');
    if (shown) shown.textContent = name.value;
    updateTeam(editor, index, { name: name.value });
  });
  const colour = select(
    Array.from({ length: TEAM_COLOURS }, (_, i) => ({
      value: String(i),
      label: w.classroom(teamColourKey(i)),
    })),
    String(team.colour),
    (value) => {
      updateTeam(editor, index, { colour: Number(value) }, `colour-${String(index)}`);
    },
  );
  colour.dataset.focusKey = `colour-${String(index)}`;
  const roleBoxes = el('fieldset', { className: 'role-picker' }, [
    el('legend', { textContent: w.classroom('setup.teamRoles', { number }) }),
  ]);
  roleBoxes.id = `${key}-roles`;
  for (const role of ROLE_IDS.filter((r) => roles.includes(r))) {
    const box = el('input', { type: 'checkbox' });
    box.checked = team.roles.includes(role);
    box.dataset.focusKey = `role-${String(index)}-${role}`;
    box.addEventListener('change', () => {
      const current = editor.current().teams[index]?.roles ?? [];
      const next = box.checked
        ? ROLE_IDS.filter((r) => r === role || current.includes(r))
        : current.filter((r) => r !== role);
      updateTeam(editor, index, { roles: next });
    });
    const label = content ? roleName(services.words, content, role) : role;
    roleBoxes.append(el('label', { className: 'choice' }, [box, el('span', {}, [label])]));
  }
  roleBoxes.append(el('span', { className: 'field-problem', id: `${key}-roles-problem` }));
  const legend = el('legend', {}, [chip]);
  legend.id = `${key}-legend`;
  const set = el('fieldset', { className: 'team-fieldset' }, [
    legend,
    field(w.classroom('setup.teamName', { number }), name, `${key}-name`),
    field(w.classroom('setup.teamColour', { number }), colour, `${key}-colour`),
    roleBoxes,
  ]);
  set.dataset.team = team.id;
  return set;
}
