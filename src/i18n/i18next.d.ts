import 'i18next';
import type content from '../../locales/en/content.json';
import type classroom from '../../locales/en/classroom.json';
import type guide from '../../locales/en/guide.json';
import type scenarioFile from '../../locales/en/scenarioFile.json';
import type ui from '../../locales/en/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    // `guide` (teacher materials) is loaded lazily when a print view opens, never at start;
    // `classroom` likewise when the classroom is entered; `scenarioFile` (why a teacher's
    // scenario file was refused) belongs to the scenario screens and loads with them.
    resources: {
      ui: typeof ui;
      content: typeof content;
      guide: typeof guide;
      classroom: typeof classroom;
      scenarioFile: typeof scenarioFile;
    };
  }
}
