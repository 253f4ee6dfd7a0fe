/**
 * icons:build: renders the emblem (assets/art/emblem.svg, also the favicon) into the PNG icons
 * of the web app manifest, in headless Chromium: plain icons on a transparent ground, and a
 * maskable one on the game's deep blue, with the emblem inside the safe circle (radius 40 %).
 * The PNGs are committed under public/icons/; run this again when the emblem changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EMBLEM = readFileSync(`${ROOT}assets/art/emblem.svg`, 'utf8');
/** `--deep` in the game's styles. */
const DEEP = '#12304d';

interface Icon {
  file: string;
  size: number;
  /** Emblem width as a share of the icon; the rest is the ground. */
  scale: number;
  ground: string | null;
}

const ICONS: readonly Icon[] = [
  { file: 'icon-192.png', size: 192, scale: 1, ground: null },
  { file: 'icon-512.png', size: 512, scale: 1, ground: null },
  // The emblem's outer circle has radius 120/256 of its box: at 0.8 it stays inside 40 %.
  { file: 'icon-maskable-512.png', size: 512, scale: 0.8, ground: DEEP },
  { file: 'apple-touch-icon-180.png', size: 180, scale: 0.9, ground: DEEP },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    const side = Math.round(icon.size * icon.scale);
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;width:${String(icon.size)}px;height:${String(icon.size)}px;` +
        `display:grid;place-items:center;background:${icon.ground ?? 'transparent'}">` +
        `<div style="width:${String(side)}px;height:${String(side)}px">` +
        EMBLEM.replace(/width="256" height="256"/, 'width="100%" height="100%"') +
        '</div></body></html>',
    );
    const png = await page.screenshot({ omitBackground: icon.ground === null, type: 'png' });
    writeFileSync(`${ROOT}public/icons/${icon.file}`, png);
    console.log(`public/icons/${icon.file} (${String(png.length)} bytes)`);
  }
} finally {
  await browser.close();
}
