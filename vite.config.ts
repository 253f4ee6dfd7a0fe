import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// ACT_EARLY_CONTENT=fixtures builds the game on the small test fixture instead of the catalogue.
const useFixtures = process.env.ACT_EARLY_CONTENT === 'fixtures';
const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Relative base so dist/ runs from any static host or sub-folder.
  base: './',
  resolve: {
    alias: {
      '#content-data': fromRoot(useFixtures ? './src/content/fixtures' : './src/content/data'),
      '#content-locales': fromRoot(useFixtures ? './src/content/fixtures/locales' : './locales'),
    },
  },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/, priority: 20 }],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
