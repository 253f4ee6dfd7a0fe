import type { Content } from './schema.ts';

/** Fields that only name words or sources; they never change how a game plays out. */
function isWordingField(key: string): boolean {
  return /Keys?$/.test(key) || key === 'cites';
}

/**
 * A short, stable fingerprint of the content a game was played with (FNV-1a over its JSON).
 * A save made with other rules cannot be replayed faithfully, so it is refused, not guessed.
 * Wording (i18n keys, ¶ citations) is left out, so a new text or quote keeps saves usable.
 */
export function contentFingerprint(content: Content): string {
  const text = JSON.stringify(content, (key, value: unknown) =>
    isWordingField(key) ? undefined : value,
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
