/** Helpers shared by the classroom scenes: words of the `classroom` namespace, team colours. */
import type { Content, RoleId } from '../../content/schema.ts';
import { MARKER_SHAPES, markerPoints, svgPoints, type MarkerShape } from '../debrief/markers.ts';
import type { ClassroomSetup, TeamSetup } from '../../classroom/types.ts';
import { FACILITATOR } from '../../classroom/types.ts';
import type { GameServices } from '../services.ts';
import { contentText } from '../text.ts';
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

/** A translation in the `classroom` namespace. */
export type Words = (key: string, values?: Record<string, unknown>) => string;

/** Translate in the `classroom` namespace (keys are checked by i18n:check). */
export function classroomWords(services: GameServices): Words {
  const t = services.i18n.getFixedT(null, 'classroom') as unknown as (
    key: string,
    values?: Record<string, unknown>,
  ) => string;
  return (key, values) => t(key, values ?? {});
}

/** Translate in the `ui` namespace with a key built at run time. */
export function uiWords(services: GameServices): Words {
  const t = services.i18n.t as unknown as (key: string, values?: Record<string, unknown>) => string;
  return (key, values) => t(key, values ?? {});
}

/** A new team's name, from its colour ("Team Blue"). */
export function defaultTeamName(w: Words, colour: number): string {
  return w('defaultName', { colour: w(`colour.${String(colour)}`) });
}

/** A role's name in the current language. */
export function roleName(services: GameServices, content: Content, role: RoleId): string {
  const found = content.roles.find((r) => r.id === role);
  return contentText(services.i18n, found?.nameKey ?? role);
}

/** Items joined as a list the current language's way ("A, B and C", "A وB وC", "A、B和C"). */
export function listText(services: GameServices, items: readonly string[]): string {
  const language = services.i18n.resolvedLanguage ?? services.i18n.language;
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

/** Names of roles, as a list. */
export function roleNames(services: GameServices, content: Content, roles: readonly RoleId[]) {
  return listText(
    services,
    roles.map((r) => roleName(services, content, r)),
  );
}

/** Stands where an element goes in a translation (a private-use character nobody types). */
const SLOT = '\uE000';

/**
 * A translation with `node` in place of its value `name` (a team's chip for {{team}}), so each
 * language keeps its own word order and punctuation around the element.
 */
export function wordsAround(
  w: Words,
  key: string,
  name: string,
  node: Node,
  values: Record<string, unknown> = {},
): (Node | string)[] {
  const [before = '', ...after] = w(key, { ...values, [name]: SLOT }).split(SLOT);
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
export function teamChip(team: TeamSetup | null, w: Words): HTMLElement {
  return el('span', { className: 'team-chip' }, [
    teamSwatch(team),
    el('span', { className: 'team-name', textContent: team ? team.name : w('facilitator') }),
  ]);
}

/** The team (or facilitator) name of an actor id. */
export function actorName(setup: ClassroomSetup, actor: string, w: Words): string {
  if (actor === FACILITATOR) return w('facilitator');
  return setup.teams.find((t) => t.id === actor)?.name ?? actor;
}
