import emblemUrl from '../../assets/art/emblem.svg?url';
import hillsUrl from '../../assets/art/hills.svg?url';
import titleBackdropUrl from '../../assets/art/title-backdrop.svg?url';
import { TextureKey } from './keys.ts';

/**
 * An SVG texture. Scenes load it as an image (not with Phaser's SVG loader, whose DOMParser
 * call Trusted Types refuses: docs/security.md), so it is drawn at its own width and height
 * attributes, which must equal `width` and `height` (assets.test.ts).
 */
export interface SvgAsset {
  key: TextureKey;
  url: string;
  width: number;
  height: number;
}

/** The emblem's file, for the DOM (the title shows it in the page's flow). */
export const EMBLEM_URL = emblemUrl;

/** Loaded by Boot: just what the loading screen shows. */
export const bootAssets: readonly SvgAsset[] = [
  { key: TextureKey.Emblem, url: emblemUrl, width: 256, height: 256 },
];

/** Loaded by the Preloader behind the progress bar. */
export const preloadAssets: readonly SvgAsset[] = [
  { key: TextureKey.TitleBackdrop, url: titleBackdropUrl, width: 1920, height: 1080 },
  { key: TextureKey.Hills, url: hillsUrl, width: 1920, height: 420 },
];
