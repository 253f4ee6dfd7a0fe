import type { Content } from '../../content/schema.ts';

/**
 * A short, stable fingerprint of the content a game was played with (FNV-1a over its JSON).
 * A save made with other content cannot be replayed faithfully, so it is refused, not guessed.
 */
export function contentFingerprint(content: Content): string {
  const text = JSON.stringify(content);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
