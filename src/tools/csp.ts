/**
 * The Content Security Policy of the static build, in one place: vite.config.ts writes it into
 * dist/index.html as a meta tag (for any static host) and sends it, with `frame-ancestors` (which
 * only works as a header), from `npm run preview`. A server that serves dist/ sends
 * SECURITY_HEADERS. Why each source is there: docs/security.md.
 */
const DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // Phaser makes its built-in textures from data: URLs and loads SVG art through blob: URLs.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // howler resets released audio elements to a silent data: WAV.
  'media-src': ["'self'", 'data:'],
  // Same origin only; 'self' also covers the own origin's WebSocket (ws: / wss:) for a server.
  'connect-src': ["'self'"],
  // The what-if Web Worker and the service worker.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  // DOM sinks that turn strings into code take only values the game's one policy allows
  // (src/game/trustedTypes.ts): script URLs of its own origin, never HTML.
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['default'],
};

/** Directives that a meta tag ignores (and Chromium warns about): headers only. */
const HEADER_ONLY: Readonly<Record<string, readonly string[]>> = {
  // Framing by the own origin only; a host that embeds the game elsewhere adds that origin.
  'frame-ancestors': ["'self'"],
};

function serialise(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/*
 * Headers also reach the service worker, whose `importScripts` of Workbox would need a Trusted
 * Types policy of its own: Trusted Types are enforced by the meta tag, on the page only.
 */
const WORKER_SAFE = Object.fromEntries(
  Object.entries(DIRECTIVES).filter(([name]) => !name.includes('trusted-types')),
);

/** For `<meta http-equiv="Content-Security-Policy">` in dist/index.html. */
export const META_CSP = serialise(DIRECTIVES);

/** Response headers for anything that serves dist/ (`npm run preview`, a classroom server). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': serialise({ ...WORKER_SAFE, ...HEADER_ONLY }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
