/**
 * The table of fuzzed decoders. Each one decodes an input the way the game does (through the
 * same storage adapters, with an in-memory Storage) and says whether it accepted it, and if not,
 * why, which translated message explains it, and whether the refused input was kept aside.
 * Adding a decoder is one more entry of `decoderTable`.
 */
import {
  CLASSROOM_ASIDE_PREFIX,
  CLASSROOM_PREFIX,
  ClassroomStore,
  replayClassroomJson,
} from '../../classroom/index.ts';
import { contentFingerprint } from '../../content/fingerprint.ts';
import {
  decodeScenarioFile,
  exportScenario,
  scenarioFileText,
  type ScenarioBase,
} from '../../content/scenarioFile.ts';
import type { Content } from '../../content/schema.ts';
import { CORRUPT_SAVE_STORAGE_KEY, SAVE_STORAGE_KEY, SaveSlot } from '../../game/session/save.ts';
import { GameSession } from '../../game/session/session.ts';
import {
  MOTION_CHOICES,
  PREFERENCES_STORAGE_KEY,
  TEXT_SCALES,
  loadPreferences,
} from '../../game/settings/preferences.ts';
import {
  CLASS_FILE_PROBLEM_KEYS,
  RECORD_PROBLEM_KEYS,
  SAVE_PROBLEM_KEYS,
} from '../../game/textKeys.ts';
import { MemoryStorage } from './memoryStorage.ts';
import { decoder, invariant, type Decoder } from './outcome.ts';
import { textInputs } from './mutate.ts';
import { classroomSeeds, recordSeeds, saveSeeds } from './seeds.ts';
import { serverMessageDecoder } from './serverMessages.ts';

/** Continue a self-paced game from the autosave slot, as the title's Continue does. */
function saveDecoder(content: Content): Decoder {
  return decoder('save', textInputs(saveSeeds(content)), (raw) => {
    const storage = new MemoryStorage({ [SAVE_STORAGE_KEY]: raw });
    const resumed = GameSession.resume(content, new SaveSlot(storage));
    if (resumed.ok) {
      invariant(storage.getItem(SAVE_STORAGE_KEY) === raw, 'an accepted save is left in place');
      return { accepted: true };
    }
    const keptAside =
      storage.getItem(CORRUPT_SAVE_STORAGE_KEY) === raw &&
      storage.getItem(SAVE_STORAGE_KEY) === null;
    return {
      accepted: false,
      reason: resumed.problem,
      message: { ns: 'ui', key: SAVE_PROBLEM_KEYS[resumed.problem] },
      keptAside,
    };
  });
}

/** Read the display preferences; a bad field falls back to its default without a word. */
function settingsDecoder(): Decoder {
  const seeds = [
    { textScale: 1.25, motion: 'reduce', highContrast: true, secondLanguage: 'ar' },
    { textScale: 1, motion: 'system', highContrast: false, secondLanguage: null },
    { textScale: 1.5, motion: 'full', highContrast: false, secondLanguage: 'zh' },
  ];
  return decoder('settings', textInputs(seeds), (raw) => {
    const loaded = loadPreferences(new MemoryStorage({ [PREFERENCES_STORAGE_KEY]: raw }));
    invariant((TEXT_SCALES as readonly number[]).includes(loaded.textScale), 'text scale');
    invariant((MOTION_CHOICES as readonly string[]).includes(loaded.motion), 'motion');
    invariant(typeof loaded.highContrast === 'boolean', 'high contrast');
    invariant(
      loaded.secondLanguage === null || /^[a-z]{2}$/.test(loaded.secondLanguage),
      'second language',
    );
    let stored: unknown;
    try {
      stored = JSON.parse(raw);
    } catch {
      stored = null;
    }
    const kept =
      typeof stored === 'object' &&
      stored !== null &&
      Object.entries(loaded).every(
        ([key, value]) => (stored as Record<string, unknown>)[key] === value,
      );
    return kept
      ? { accepted: true }
      : { accepted: false, reason: 'defaults', message: 'silent', keptAside: null };
  });
}

/** Open an exported class JSON file (replayed against the running content). */
function classroomImportDecoder(content: Content, exports: readonly unknown[]): Decoder {
  return decoder('classroomImport', textInputs(exports), (raw) => {
    const replayed = replayClassroomJson(content, raw);
    if (replayed.ok) return { accepted: true };
    return {
      accepted: false,
      reason: replayed.problem,
      message: { ns: 'classroom', key: CLASS_FILE_PROBLEM_KEYS[replayed.problem] },
      keptAside: null,
    };
  });
}

/** A stored classroom session: listed on the set-up screen, then continued. */
function classroomStoreDecoder(content: Content, entries: readonly unknown[]): Decoder {
  const id = 'c1';
  return decoder('classroomStore', textInputs(entries), (raw) => {
    const storage = new MemoryStorage({ [CLASSROOM_PREFIX + id]: raw });
    const store = new ClassroomStore(storage);
    const aside = () =>
      storage.getItem(CLASSROOM_ASIDE_PREFIX + id) === raw &&
      storage.getItem(CLASSROOM_PREFIX + id) === null;
    const { sessions, setAside } = store.list();
    if (setAside.includes(id)) {
      return {
        accepted: false,
        reason: 'unreadable',
        message: { ns: 'classroom', key: 'setup.setAside' },
        keptAside: aside(),
      };
    }
    const listing = sessions.find((s) => s.id === id);
    invariant(listing !== undefined, 'a readable entry is listed');
    if (listing?.problem) {
      return {
        accepted: false,
        reason: listing.problem,
        message: { ns: 'classroom', key: 'setup.otherVersion' },
        keptAside: storage.getItem(CLASSROOM_PREFIX + id) === raw,
      };
    }
    const loaded = store.load(content, id);
    if (loaded.ok) return { accepted: true };
    invariant(loaded.problem !== 'none', 'a listed entry can be loaded or refused');
    return {
      accepted: false,
      reason: loaded.problem,
      message:
        loaded.problem === 'none'
          ? null
          : { ns: 'classroom', key: RECORD_PROBLEM_KEYS[loaded.problem] },
      keptAside: aside(),
    };
  });
}

/** A teacher's scenario file, opened against the running content (no storage involved). */
function scenarioFileDecoder(base: ScenarioBase): Decoder {
  const files = base.content.scenarios.flatMap((s) => {
    const file = exportScenario(base, s.id);
    return file ? [JSON.parse(scenarioFileText(file)) as unknown] : [];
  });
  return decoder('scenarioFile', textInputs(files), (raw) => {
    const result = decodeScenarioFile(raw, base);
    if (result.ok) return { accepted: true };
    const first = result.errors[0];
    invariant(first !== undefined, 'a refusal names at least one problem');
    return {
      accepted: false,
      reason: first?.message.code ?? 'none',
      message: first ? { ns: 'sharing', key: first.message.code } : null,
      keptAside: null,
    };
  });
}

/** Every decoder of the game, with inputs made from games played on `content`. */
export function decoderTable(base: ScenarioBase): Decoder[] {
  const content = base.content;
  const states = classroomSeeds(content);
  const { exports, entries } = recordSeeds(content, states);
  const session = states.find((s) => s.phase.kind === 'turn') ?? states[0];
  if (!session) throw new Error('no classroom session to fuzz the server with');
  return [
    saveDecoder(content),
    settingsDecoder(),
    classroomImportDecoder(content, exports),
    classroomStoreDecoder(content, entries),
    serverMessageDecoder(session, contentFingerprint(content)),
    scenarioFileDecoder(base),
  ];
}
