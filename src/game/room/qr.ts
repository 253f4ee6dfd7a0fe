/** The join address as a QR code: one SVG path of dark modules (no innerHTML: Trusted Types). */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
/** Light modules around the code, as scanners need. */
const QUIET = 4;

/** An SVG QR code of `text`, named by `label`. */
export function qrCode(text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const full = size + QUIET * 2;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'join-qr');
  svg.setAttribute('viewBox', `0 0 ${String(full)} ${String(full)}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(full));
  background.setAttribute('height', String(full));
  background.setAttribute('fill', '#ffffff');
  const path = document.createElementNS(SVG, 'path');
  const runs: string[] = [];
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) runs.push(`M${String(x + QUIET)} ${String(y + QUIET)}h1v1h-1z`);
    });
  });
  path.setAttribute('d', runs.join(''));
  path.setAttribute('fill', '#000000');
  svg.append(background, path);
  return svg;
}
