import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { META_CSP, SECURITY_HEADERS } from './src/tools/csp.ts';
import { LOCALE_CHUNK, pwaOptions } from './src/tools/pwa.ts';

// ACT_EARLY_CONTENT=fixtures builds the game on the small test fixture instead of the catalogue.
const useFixtures = process.env.ACT_EARLY_CONTENT === 'fixtures';
const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
/** A content data file (catalogue or test fixture), not one of its locales. */
const CONTENT_FILE = /src[\\/]content[\\/](data|fixtures)[\\/](scenarios[\\/])?[\w-]+\.json$/;

/**
 * Phaser's build flags, as its own webpack build sets them. The game has no physics and plays
 * sound through howler, so Phaser is built from its no-physics entry without its sound system.
 */
const PHASER_FLAGS: Record<string, boolean> = {
  'typeof CANVAS_RENDERER': true,
  'typeof WEBGL_RENDERER': true,
  'typeof WEBGL_DEBUG': false,
  'typeof FEATURE_SOUND': false,
  'typeof PLUGIN_CAMERA3D': false,
  'typeof PLUGIN_FBINSTANT': false,
};

function phaserFlags(): Plugin {
  return {
    name: 'act-early:phaser-flags',
    transform(code, id) {
      if (!id.includes('/node_modules/phaser/src/')) return null;
      let out = code;
      for (const [flag, value] of Object.entries(PHASER_FLAGS))
        out = out.replaceAll(flag, String(value));
      // The game draws no tilemaps and uses no group actions: leave both namespaces out.
      if (id.endsWith('/phaser-no-physics.js')) {
        out = out
          .replace("Tilemaps: require('./tilemaps'),", '')
          .replace("Actions: require('./actions'),", '');
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Writes the CSP into the built index.html for static hosts. Not in the dev server, whose
 * hot reload injects styles and scripts the policy forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'act-early:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The English text (every language falls back to it) and the content chunk. */
const START_CHUNK = /^assets\/(locale-en-(ui|content)|content)-[\w-]+\.js$/;

/**
 * The title always needs the English text and the content, but start-up asks for them only once
 * the main script has run: `modulepreload` lets them download beside it instead (issue #19).
 */
function preloadStartChunks(): Plugin {
  return {
    name: 'act-early:preload-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.keys(context.bundle ?? {})
          .filter((fileName) => START_CHUNK.test(fileName))
          .sort()
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${fileName}` },
            injectTo: 'head' as const,
          })),
    },
  };
}

export default defineConfig(({ command }) => ({
  // Relative base so dist/ runs from any static host or sub-folder.
  base: './',
  // The dev server uses Phaser's prebuilt bundle; production builds the slimmer source entry.
  // The service worker exists only in builds; in the dev server its registration does nothing.
  plugins: [
    ...(command === 'build' ? [phaserFlags()] : []),
    contentSecurityPolicy(),
    preloadStartChunks(),
    VitePWA(pwaOptions),
  ],
  // Phaser's source refers to Node's `global` in a polyfill.
  define: { global: 'globalThis' },
  resolve: {
    alias: [
      ...(command === 'build'
        ? [
            {
              find: /^phaser$/,
              replacement: fromRoot('./node_modules/phaser/src/phaser-no-physics.js'),
            },
          ]
        : []),
      {
        find: '#content-data',
        replacement: fromRoot(useFixtures ? './src/content/fixtures' : './src/content/data'),
      },
      {
        find: '#content-locales',
        replacement: fromRoot(useFixtures ? './src/content/fixtures/locales' : './locales'),
      },
    ],
  },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Locale chunks carry their language, so the service worker can tell them apart.
        chunkFileNames: (chunk) => {
          const locale = chunk.facadeModuleId ? LOCALE_CHUNK.exec(chunk.facadeModuleId) : null;
          return locale
            ? `assets/locale-${locale[1] ?? ''}-${locale[2] ?? ''}-[hash].js`
            : 'assets/[name]-[hash].js';
        },
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser[\\/]/, priority: 20 },
            // The content files, all needed before the title: one request instead of eleven.
            { name: 'content', test: CONTENT_FILE, priority: 10 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { ...SECURITY_HEADERS } },
}));
