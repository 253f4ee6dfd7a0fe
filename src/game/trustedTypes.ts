/** The part of the Trusted Types API the game uses (not yet in TypeScript's DOM library). */
interface PolicyFactory {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): unknown;
}

/**
 * The game's only Trusted Types policy, `default` (the CSP allows no other): a string given to
 * a script-URL sink (the what-if worker, the service worker) must name a file of the game's own
 * origin. It has no HTML or script rule, so any string assigned to innerHTML or similar throws.
 */
export function installTrustedTypesPolicy(): void {
  const factory = (window as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return;
  factory.createPolicy('default', {
    createScriptURL: (input) => {
      const url = new URL(input, document.baseURI);
      if (url.origin !== location.origin) throw new TypeError(`Refused script URL: ${url.href}`);
      return url.href;
    },
  });
}
