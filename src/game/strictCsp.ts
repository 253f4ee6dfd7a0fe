/**
 * Imported first by main.ts, so it runs before any other module's top level: the game under
 * its strict CSP (docs/security.md).
 */
import { z } from 'zod';
import { installTrustedTypesPolicy } from './trustedTypes.ts';

// Before any worker starts: script URLs pass through this policy only.
installTrustedTypesPolicy();
// No compiled validators: the CSP forbids `new Function`, and zod would otherwise probe for it
// (a probe that is caught, but still reported as a violation).
z.config({ jitless: true });
