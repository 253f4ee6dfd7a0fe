/** The page's side of a room link: the tab's storage, the test hook and the own origin. */
import type { GameServices } from '../services.ts';
import type { LinkHost } from './roomLink.ts';

/** The link host of this page. */
export function linkHost(services: GameServices): LinkHost {
  return {
    storage: window.sessionStorage,
    publish: (room) => {
      services.hook.room = room;
    },
    origin: window.location.origin,
  };
}
