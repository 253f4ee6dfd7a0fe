/**
 * The situation room's board, shared by the self-paced and the classroom rooms: the framed
 * country map and the stage meter on the canvas, the regions' labels over the map, and the tabs
 * that choose which part of the room a compact (phone) layout shows.
 */
import type Phaser from 'phaser';
import type { Profile } from '../../content/schema.ts';
import { STAGE } from '../keys.ts';
import { Ink } from '../palette.ts';
import { el } from '../ui/dom.ts';
import { panelTabs } from '../ui/panelTabs.ts';
import { CountryMap } from './countryMap.ts';
import { StageMeter } from './stageMeter.ts';
import { regionTension, type TensionLevel } from './tension.ts';
import { TENSION_KEYS } from '../textKeys.ts';
import type { Translator } from '../translator.ts';

const MAP_BOX = { x: 40, y: 124, width: 920, height: 340 } as const;
/** On small screens the map fills the "Country" panel, under the top bar and the panel tabs. */
const COMPACT_MAP_BOX = { x: 60, y: 300, width: 1800, height: 500 } as const;
const STAGE_METER_X = 630;
/** Exposure of regions a scenario leaves unprofiled (the map always has at least two). */
const DEFAULT_EXPOSURE = [1.15, 0.9, 1, 0.8];

/** Parts of the room a compact layout shows one at a time (the classroom adds its own). */
export const ROOM_PANELS = ['measures', 'signs', 'country'] as const;
/** One part of the room on a compact layout. */
export type RoomPanel = (typeof ROOM_PANELS)[number];

/** The canvas half of the room. */
export interface RoomBoard {
  readonly map: CountryMap;
  readonly meter: StageMeter;
  readonly regions: Profile['regions'];
}

/** Draw the framed map and the stage meter; right-to-left readers get the map on the right. */
export function drawRoomBoard(
  scene: Phaser.Scene,
  scenarioId: string,
  regions: Profile['regions'],
  compact: boolean,
): RoomBoard {
  const rtl = document.documentElement.dir === 'rtl';
  const box = compact ? COMPACT_MAP_BOX : MAP_BOX;
  const mapBox = rtl ? { ...box, x: STAGE.width - box.x - box.width } : box;
  scene.add
    .graphics()
    .fillStyle(Ink.deep, 1)
    .fillRoundedRect(mapBox.x - 16, mapBox.y - 12, mapBox.width + 32, mapBox.height + 24, 24);
  const map = new CountryMap(scene, mapBox, scenarioId, Math.max(2, regions.length));
  const meterX = rtl ? STAGE.width - STAGE_METER_X - StageMeter.width : STAGE_METER_X;
  return { map, meter: new StageMeter(scene, meterX, 14, rtl), regions };
}

/** Each region's tension at this threat (`calm` everywhere when the risk is hidden). */
export function regionLevels(board: RoomBoard, threat: number, hidden = false): TensionLevel[] {
  return Array.from({ length: Math.max(2, board.regions.length) }, (_, i) =>
    hidden
      ? 'calm'
      : regionTension(threat, board.regions[i]?.exposure ?? DEFAULT_EXPOSURE[i % 4] ?? 1),
  );
}

/** The regions' names and tension over the map (the tension left out when it is hidden). */
export function regionLabels(
  board: RoomBoard,
  levels: readonly TensionLevel[],
  words: Translator,
  hidden = false,
): HTMLElement {
  const t = words.ui;
  const labels = el('div', { className: 'map-labels' });
  labels.setAttribute('aria-label', t('play.mapLabel'));
  labels.setAttribute('role', 'list');
  board.map.centres.forEach((centre, index) => {
    const region = board.regions[index];
    const level = levels[index] ?? 'calm';
    const label = el('div', { className: `region-label tension-${level}` }, [
      ...(region
        ? [el('span', { className: 'region-name', textContent: words.text(region.nameKey) })]
        : []),
      ...(hidden
        ? []
        : [el('span', { className: 'region-level', textContent: t(TENSION_KEYS[level]) })]),
    ]);
    label.setAttribute('role', 'listitem');
    label.style.left = `${String(centre.x)}px`;
    label.style.top = `${String(centre.y)}px`;
    labels.append(label);
  });
  return labels;
}

/** The compact layout's tabs: Measures, Warning signs (with their number), Country, and extras. */
export function roomPanelTabs<P extends string>(
  words: Translator,
  signCount: number,
  selected: RoomPanel | P,
  choose: (panel: RoomPanel | P) => void,
  extra: readonly { readonly panel: P; readonly label: string }[] = [],
): HTMLElement {
  const t = words.ui;
  const labels: Record<RoomPanel, string> = {
    measures: t('play.panels.measures'),
    signs: t('play.panels.signs', { number: signCount }),
    country: t('play.panels.country'),
  };
  return panelTabs<RoomPanel | P>(
    t('play.panels.label'),
    [...ROOM_PANELS.map((panel) => ({ panel, label: labels[panel] })), ...extra],
    selected,
    choose,
  );
}
