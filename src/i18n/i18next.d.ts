import 'i18next';
import type balance from '../../locales/en/balance.json';
import type content from '../../locales/en/content.json';
import type classroom from '../../locales/en/classroom.json';
import type guide from '../../locales/en/guide.json';
import type sharing from '../../locales/en/sharing.json';
import type ui from '../../locales/en/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    // `guide` (teacher materials) is loaded lazily when a print view opens, never at start;
    // `classroom` likewise when the classroom is entered; `sharing` (teachers' scenario files and
    // links, and why one was refused) loads with the screens that open them.
    resources: {
      ui: typeof ui;
      content: typeof content;
      guide: typeof guide;
      classroom: typeof classroom;
      sharing: typeof sharing;
      // The scenario editor's balance preview, loaded with it.
      balance: typeof balance;
    };
  }
}
