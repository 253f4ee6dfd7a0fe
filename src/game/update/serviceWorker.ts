import { registerSW } from 'virtual:pwa-register';
import type { UpdateGate } from './updateGate.ts';

/** How often a page left open (a classroom projector) asks whether a new version exists. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Ask the new service worker to keep what this first visit fetched before it was in control
 * (the active language's text, the sounds): Workbox runs each URL through its runtime routes.
 */
async function cacheWhatWasLoaded(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin === location.origin);
  registration.active?.postMessage({
    type: 'CACHE_URLS',
    meta: 'workbox-window',
    payload: { urlsToCache: urls },
  });
}

/**
 * Register the service worker (production builds only; in the dev server this does nothing).
 * A new version waits until the player accepts it through the gate's offer.
 */
export function startServiceWorker(gate: UpdateGate, setApply: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const updateServiceWorker = registerSW({
    onRegisteredSW(_url, registered) {
      if (!registered) return;
      setInterval(() => {
        if (navigator.onLine) void registered.update();
      }, CHECK_EVERY_MS);
    },
    onOfflineReady() {
      void cacheWhatWasLoaded();
    },
    onNeedRefresh() {
      gate.versionWaiting();
    },
  });
  setApply(() => {
    void updateServiceWorker(true);
  });
}
