import { CLASSROOM_PREFIX } from '../../classroom/keys.ts';
import { SAVE_STORAGE_KEY } from '../session/save.ts';
import type { Translator } from '../translator.ts';
import { button, el } from '../ui/dom.ts';
import { download } from '../ui/download.ts';
import type { GuardedStorage } from './guardedStorage.ts';
import './saveNotice.css';

/** A save as a file to download. */
export interface SavedFile {
  readonly name: string;
  readonly text: string;
}

/** Whether a storage key holds a save (the self-paced game or a classroom session). */
export function isSaveKey(key: string): boolean {
  return key === SAVE_STORAGE_KEY || key.startsWith(CLASSROOM_PREFIX);
}

/**
 * What is stored (or, when storage refused it, kept in memory) under a save key, as a file: the
 * self-paced save as it is, or a classroom session's record (without its `savedAt` envelope),
 * which the classroom set-up opens again.
 */
export function saveFile(storage: GuardedStorage, key: string): SavedFile | null {
  const raw = storage.getItem(key);
  if (raw === null) return null;
  if (key === SAVE_STORAGE_KEY) return { name: 'act-early-game.json', text: raw };
  try {
    const envelope = JSON.parse(raw) as { session?: unknown };
    const id = key.slice(CLASSROOM_PREFIX.length);
    const record = JSON.stringify(envelope.session, null, 2);
    return { name: `act-early-classroom-${id}.json`, text: record };
  } catch {
    return null;
  }
}

/** Download the save stored under `key`, if there is one. */
export function downloadSave(storage: GuardedStorage, key: string): void {
  const file = saveFile(storage, key);
  if (file) download(file.name, 'application/json', file.text);
}

/**
 * The "this game cannot be saved on this device" notice: outside the scaled stage, so no
 * scene's screen replaces it, shown the first time a save is refused in a visit (never again),
 * with "Download my game". Play goes on: the game keeps the save in memory meanwhile.
 */
export function mountSaveNotice(
  words: Translator,
  host: HTMLElement,
  storage: GuardedStorage,
  announce: (message: string) => void,
): void {
  let key: string | null = null;
  const message = el('p', { id: 'save-notice-message' });
  const save = button('save-notice-download', '', () => {
    if (key !== null) downloadSave(storage, key);
  });
  const close = button('save-notice-close', '', () => {
    notice.hidden = true;
  });
  const notice = el('aside', { className: 'save-notice' }, [
    message,
    el('div', { className: 'save-notice-actions' }, [save, close]),
  ]);
  notice.setAttribute('aria-labelledby', message.id);
  notice.hidden = true;
  const label = (): void => {
    message.textContent = words.ui('storage.notSaved');
    save.textContent = words.ui('storage.download');
    close.textContent = words.ui('storage.keepPlaying');
  };
  label();
  words.i18n.on('languageChanged', label);
  host.append(notice);
  storage.onWriteFailure((failed) => {
    if (!isSaveKey(failed)) return;
    const first = key === null;
    key = failed;
    if (!first) return;
    notice.hidden = false;
    announce(message.textContent);
  });
}
