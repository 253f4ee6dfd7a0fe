/**
 * Whether a key press is the letter shortcut `letter` (a–z). The typed letter decides on Latin
 * layouts (so AZERTY's M is M); on layouts without Latin letters (Cyrillic, Arabic…) the key in
 * the same place as on a US keyboard stands in.
 */
export function isLetterShortcut(event: KeyboardEvent, letter: string): boolean {
  const typed = event.key.toLowerCase();
  if (/^[a-z]$/.test(typed)) return typed === letter;
  return event.code === `Key${letter.toUpperCase()}`;
}
