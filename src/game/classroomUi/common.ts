/** Helpers shared by the classroom scenes: words of the `classroom` namespace, team colours. */
import type { Content, RoleId } from '../../content/schema.ts';
import { MARKER_SHAPES, markerPoints, svgPoints, type MarkerShape } from '../../core/markers.ts';
import type { ClassroomSetup, TeamSetup } from '../../classroom/types.ts';
import { FACILITATOR } from '../../classroom/types.ts';
import { teamColourKey } from '../textKeys.ts';
import type { ClassroomKey, Translator } from '../translator.ts';
import { el } from '../ui/dom.ts';

/** Team colours: the Okabe–Ito set, always shown beside the team's name, never alone. */
export const TEAM_SWATCHES = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7'];
/** Each team colour's shape (colours are distinct, so shapes are too): colour never stands alone. */
export const TEAM_SHAPES: readonly MarkerShape[] = MARKER_SHAPES.filter((s) => s !== 'star');
/** The facilitator's marker: a light star, unlike any team's. */
export const FACILITATOR_MARKER = { shape: 'star', colour: '#F7F3EA' } as const;

/** A team's (or, for null, the facilitator's) marker: its shape and colour. */
export function teamMarker(team: TeamSetup | null): { shape: MarkerShape; colour: string } {
  if (!team) return FACILITATOR_MARKER;
  return {
    shape: TEAM_SHAPES[team.colour] ?? 'circle',
    colour: TEAM_SWATCHES[team.colour] ?? '#000000',
  };
}

/** A new team's name, from its colour ("Team Blue"). */
export function defaultTeamName(w: Translator, colour: number): string {
  return w.classroom('defaultName', { colour: w.classroom(teamColourKey(colour)) });
}

/** A role's name in the current language. */
export function roleName(w: Translator, content: Content, role: RoleId): string {
  const found = content.roles.find((r) => r.id === role);
  return found ? w.text(found.nameKey) : role;
}

/** Names of roles, as a list the current language's way ("A, B and C", "A وB وC", "A、B和C"). */
export function roleNames(w: Translator, content: Content, roles: readonly RoleId[]): string {
  return w.list(roles.map((r) => roleName(w, content, r)));
}

/** Stands where an element goes in a translation (a private-use character nobody types). */
const SLOT = '\uE000';

/**
 * A translation with `node` in place of its value `name` (a team's chip for {{team}}), so each
 * language keeps its own word order and punctuation around the element.
 */
export function wordsAround(
  w: Translator,
  key: ClassroomKey,
  name: string,
  node: Node,
  values: Record<string, unknown> = {},
): (Node | string)[] {
  const [before = '', ...after] = w.classroom(key, { ...values, [name]: SLOT }).split(SLOT);
  return [before, node, after.join('')];
}

const SVG = 'http://www.w3.org/2000/svg';

/** A team's marker, its colour in its shape (decorative: the name is always beside it). */
export function teamSwatch(team: TeamSetup | null): SVGSVGElement {
  const { shape, colour } = teamMarker(team);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'team-swatch');
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.setAttribute('aria-hidden', 'true');
  svg.dataset.shape = shape;
  const outline = document.createElementNS(SVG, 'polygon');
  outline.setAttribute('points', svgPoints(markerPoints(shape, 12), 16, 16));
  outline.setAttribute('fill', colour);
  svg.append(outline);
  return svg;
}

/** A team's colour swatch and name together. */
export function teamChip(team: TeamSetup | null, w: Translator): HTMLElement {
  return el('span', { className: 'team-chip' }, [
    teamSwatch(team),
    el('span', {
      className: 'team-name',
      textContent: team ? team.name : w.classroom('facilitator'),
    }),
  ]);
}

/** The team (or facilitator) name of an actor id. */
export function actorName(setup: ClassroomSetup, actor: string, w: Translator): string {
  if (actor === FACILITATOR) return w.classroom('facilitator');
  return setup.teams.find((t) => t.id === actor)?.name ?? actor;
}
