/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootAssets, preloadAssets } from './assets.ts';

describe('SVG textures', () => {
  it('declare the size their files are drawn at', () => {
    for (const asset of [...bootAssets, ...preloadAssets]) {
      const file = readFileSync(
        new URL(`../../assets/art/${asset.key}.svg`, import.meta.url),
        'utf8',
      );
      const svg = /<svg[^>]*>/.exec(file)?.[0] ?? '';
      expect(svg, asset.key).toContain(`width="${String(asset.width)}"`);
      expect(svg, asset.key).toContain(`height="${String(asset.height)}"`);
    }
  });
});
