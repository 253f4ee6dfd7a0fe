/**
 * Marker shapes for teams on the risk chart and beside their names, so a team is told apart by
 * its shape as well as its colour. One outline feeds both the canvas and the DOM's SVG.
 */
export const MARKER_SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangleDown',
  'hexagon',
  'star',
] as const;
/** A marker shape. */
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/** A point of an outline, relative to the marker's centre. */
export interface MarkerPoint {
  readonly x: number;
  readonly y: number;
}

/** Corners of a regular polygon (or star, with `inner` > 0) of radius r, first corner at `start`. */
function polygon(corners: number, r: number, start: number, inner = 0): MarkerPoint[] {
  const steps = inner > 0 ? corners * 2 : corners;
  return Array.from({ length: steps }, (_, i) => {
    const radius = inner > 0 && i % 2 === 1 ? inner : r;
    const angle = start + (i * 2 * Math.PI) / steps;
    return { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) };
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The outline of a marker of radius r centred on (0, 0), y pointing down (screen space). */
export function markerPoints(shape: MarkerShape, r: number): MarkerPoint[] {
  const up = -Math.PI / 2;
  switch (shape) {
    case 'circle':
      return polygon(28, r, 0);
    case 'square':
      return polygon(4, r * 1.12, Math.PI / 4);
    case 'triangle':
      return polygon(3, r * 1.2, up);
    case 'diamond':
      return polygon(4, r * 1.15, up);
    case 'triangleDown':
      return polygon(3, r * 1.2, Math.PI / 2);
    case 'hexagon':
      return polygon(6, r * 1.05, 0);
    case 'star':
      return polygon(5, r * 1.25, up, r * 0.55);
  }
}

/** The outline as an SVG `points` attribute, shifted by (cx, cy). */
export function svgPoints(points: readonly MarkerPoint[], cx: number, cy: number): string {
  return points.map((p) => `${String(round(p.x + cx))},${String(round(p.y + cy))}`).join(' ');
}
