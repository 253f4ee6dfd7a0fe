/** The saved classroom sessions of this device, to continue or delete, on the set-up screen. */
import type { RecordProblem } from '../../classroom/record.ts';
import type { ClassroomListing, ClassroomStore } from '../../classroom/store.ts';
import type { GameServices } from '../services.ts';
import { RECORD_PROBLEM_KEYS } from '../textKeys.ts';
import { button, el } from '../ui/dom.ts';
import { scenarioOf } from '../../classroom/classroom.ts';

/** What the saved sessions list asks of its screen. */
export interface SavedSessionActions {
  /** Open a saved session where it stopped. */
  readonly resume: (listing: ClassroomListing) => void;
  /** A session was deleted: show the list again. */
  readonly deleted: () => void;
}

/**
 * The saved sessions column, or, when none is saved, a short note that sessions are saved
 * automatically (then the new session's form has the whole width). `failed`: why the session the
 * teacher just tried to continue could not be opened (it was set aside).
 */
export function savedSessions(
  services: GameServices,
  store: ClassroomStore,
  actions: SavedSessionActions,
  failed: RecordProblem | null = null,
): { readonly column: HTMLElement | null; readonly note: HTMLElement | null } {
  const w = services.words;
  const { sessions, setAside } = store.list();
  const aside =
    failed !== null || setAside.length > 0
      ? el('p', { className: 'saved-problem' }, [
          failed === null ? '' : `${w.classroom(RECORD_PROBLEM_KEYS[failed])} `,
          w.classroom('setup.setAside'),
        ])
      : null;
  if (failed !== null) aside?.setAttribute('role', 'alert');
  if (sessions.length === 0) {
    const note = el('div', { className: 'saved-empty' }, [
      el('p', { className: 'empty-note', textContent: w.classroom('setup.noSaved') }),
    ]);
    if (aside) note.append(aside);
    return { column: null, note };
  }
  const list = el('ul', { className: 'saved-list' });
  for (const listing of sessions) list.append(savedItem(services, store, listing, actions));
  const column = el('section', { className: 'classroom-saved' }, [
    el('h2', { textContent: w.classroom('setup.savedHeading') }),
  ]);
  if (aside) column.append(aside);
  column.append(list);
  return { column, note: null };
}

function savedItem(
  services: GameServices,
  store: ClassroomStore,
  listing: ClassroomListing,
  actions: SavedSessionActions,
): HTMLElement {
  const w = services.words;
  const content = services.content;
  const scenario = content ? scenarioOf(content, listing.scenario) : undefined;
  const name = scenario ? services.words.text(scenario.nameKey) : listing.id;
  const line =
    listing.problem !== null
      ? w.classroom('setup.otherVersion')
      : w.classroom(listing.finished ? 'setup.savedFinished' : 'setup.savedLine', {
          scenario: name,
          // Names typed in any script: each is isolated so mixed directions keep their order.
          teams: services.words.list(listing.teams.map((team) => `\u2068${team}\u2069`)),
          rounds: listing.roundsPlayed,
        });
  const when = new Intl.DateTimeFormat(services.i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(listing.savedAt));
  const named = `${name} (${when})`;
  const resume = button('tool-button', w.classroom('setup.continue'), () => {
    actions.resume(listing);
  });
  resume.setAttribute('aria-label', w.classroom('setup.continueNamed', { name: named }));
  resume.disabled = listing.problem !== null;
  resume.dataset.focusKey = `continue-${listing.id}`;
  const remove = button('tool-button secondary', w.classroom('setup.delete'), () => {
    confirmDelete(services, named, () => {
      store.delete(listing.id);
      actions.deleted();
    });
  });
  remove.setAttribute('aria-label', w.classroom('setup.deleteNamed', { name: named }));
  return el('li', { className: 'saved-session' }, [
    el('p', {}, [
      el('strong', { textContent: line }),
      el('br'),
      w.classroom('setup.savedAt', { when }),
    ]),
    el('div', { className: 'saved-actions' }, [resume, remove]),
  ]);
}

function confirmDelete(services: GameServices, name: string, remove: () => void): void {
  const w = services.words;
  const words = {
    heading: w.classroom('setup.deleteHeading'),
    body: w.classroom('setup.deleteBody', { name }),
    confirm: w.classroom('setup.deleteConfirm'),
    cancel: w.classroom('setup.deleteCancel'),
  };
  services.ui.modals.confirm('delete-heading', words, remove);
}
