import { defineConfig } from '@playwright/test';

// PW_PORT lets parallel checkouts run their browser tests side by side.
const port = Number(process.env.PW_PORT ?? 4173);
/** Served under a sub-path to prove dist/ runs from any folder of a static host. */
export const SUB_PATH = '/act-early/';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${SUB_PATH}`,
    viewport: { width: 1366, height: 768 },
    // The service worker precaches the whole game on a first visit: only offline.spec.ts wants it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--enable-unsafe-swiftshader',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --base ${SUB_PATH}`,
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
