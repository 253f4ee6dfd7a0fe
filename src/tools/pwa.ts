/**
 * The service worker and web app manifest (vite-plugin-pwa, Workbox generateSW), used by
 * vite.config.ts. The app shell (HTML, code, styles, art, icons) and the English text (the
 * fallback every language loads) are precached on the first visit; other languages' text and
 * the sounds are cached the first time they are used. Every URL is relative, so the build runs
 * from any folder of a static host. `registerType: 'prompt'`: a new version waits until the
 * player accepts it at a safe moment (src/game/update/).
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Locale chunks are named `assets/locale-<language>-<namespace>-<hash>.js` (vite.config.ts). */
export const LOCALE_CHUNK = /[\\/]locales[\\/]([a-z]{2})[\\/]([a-z]+)\.json$/;

export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // Registered from src/game/update/ through `virtual:pwa-register`: no inline script (CSP).
  injectRegister: false,
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
  manifest: {
    id: './',
    name: 'Act Early',
    short_name: 'Act Early',
    description:
      'A game for schools about preventing atrocity crimes under the Responsibility to Protect.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#0b1e33',
    theme_color: '#12304d',
    categories: ['education', 'games'],
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
    // Other languages' text waits for the runtime cache below; English is always loaded.
    manifestTransforms: [
      (entries) => ({
        manifest: entries.filter((entry) => !/^assets\/locale-(?!en-)/.test(entry.url)),
        warnings: [],
      }),
    ],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // A waiting version never takes over a page by itself (see src/game/update/); the first
    // one, which replaces nothing, controls the page at once.
    skipWaiting: false,
    clientsClaim: true,
    runtimeCaching: [
      {
        // File names carry a content hash, so a cached copy is never stale.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /\/assets\/locale-[a-z]{2}-[a-z]+-[\w-]+\.js$/.test(url.pathname),
        handler: 'CacheFirst',
        options: {
          cacheName: 'act-early-locales',
          // Hosts often send `Vary: Origin`; a module script's request has an Origin header
          // that the worker's own first fetch lacks, and the copy would never match.
          matchOptions: { ignoreVary: true },
          expiration: { maxEntries: 120 },
        },
      },
      {
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /\/assets\/[\w-]+\.(?:opus|mp3)$/.test(url.pathname),
        handler: 'CacheFirst',
        options: {
          cacheName: 'act-early-audio',
          matchOptions: { ignoreVary: true },
          expiration: { maxEntries: 24 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  },
};
