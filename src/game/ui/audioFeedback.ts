/**
 * Sound for the interface and a visible equivalent for sound-only feedback. UI cues are found by
 * event delegation on the UI layer, so scenes never call sounds; the toast region shows what
 * would otherwise only be heard (today: the mute key, bound here too).
 */
import type { AudioDirector } from '../../audio/audioDirector.ts';
import type { AudioEvent } from '../../audio/audioEvents.ts';
import type { Translator } from '../translator.ts';
import { isLetterShortcut } from './shortcut.ts';

/** Buttons whose action the session itself voices (measure taken, round ended): no click too. */
const SESSION_VOICED = '.card-button:not(.secondary), .end-round';
/** Choosing among cards and tabs. */
const SELECTS = '.scenario-card, .role-tab';
/** Keys that move focus; a focus cue follows only these, never a pointer or Enter. */
const NAVIGATION_KEYS: ReadonlySet<string> = new Set([
  'Tab',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
]);
/** How long after a navigation key a focus move still counts as caused by it. */
const FOCUS_WINDOW_MS = 400;

/** The UI cue for a click on `target`, or null. */
export function clickEvent(target: Element): AudioEvent | null {
  const control = target.closest('button, [role="button"], input[type="checkbox"], a[href]');
  if (!control || (control instanceof HTMLButtonElement && control.disabled)) return null;
  if (control.matches(SESSION_VOICED)) return null;
  if (control.matches(SELECTS)) return { type: 'card.select' };
  return { type: 'ui.click' };
}

/**
 * Play UI cues for everything inside `root`: a click for activated controls, a select for cards
 * and tabs, a soft tick when the keyboard moves focus. Returns the uninstall.
 */
export function installUiSounds(
  root: HTMLElement,
  play: (event: AudioEvent) => void,
  now: () => number = () => performance.now(),
): () => void {
  let navigatedAt = Number.NEGATIVE_INFINITY;
  const onKey = (event: KeyboardEvent): void => {
    if (NAVIGATION_KEYS.has(event.key)) navigatedAt = now();
  };
  const onClick = (event: MouseEvent): void => {
    if (!(event.target instanceof Element)) return;
    const cue = clickEvent(event.target);
    if (cue) play(cue);
  };
  const onFocus = (): void => {
    if (now() - navigatedAt > FOCUS_WINDOW_MS) return;
    navigatedAt = Number.NEGATIVE_INFINITY;
    play({ type: 'ui.focus' });
  };
  document.addEventListener('keydown', onKey, true);
  root.addEventListener('click', onClick);
  root.addEventListener('focusin', onFocus);
  return () => {
    document.removeEventListener('keydown', onKey, true);
    root.removeEventListener('click', onClick);
    root.removeEventListener('focusin', onFocus);
  };
}

/** How a toast looks: a tone for its colour and the icon beside its text. */
export type ToastIcon = 'soundOff' | 'soundOn';

const SVG = 'http://www.w3.org/2000/svg';

/** A speaker, with waves when sound is on and a cross when it is off. */
function speakerIcon(icon: ToastIcon): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('toast-icon');
  const paths = [
    'M3 9h4l5-4v14l-5-4H3z',
    ...(icon === 'soundOn'
      ? ['M15.5 8.5a5 5 0 0 1 0 7', 'M18.5 5.5a9 9 0 0 1 0 13']
      : ['M16 9l6 6', 'M22 9l-6 6']),
  ];
  for (const d of paths) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

/** A polite, non-blocking message strip; one message at a time, gone after a moment. */
export class Toaster {
  /** The live region (role=status); lives outside the scaled UI layer so screens never wipe it. */
  readonly region: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly durationMs: number;

  constructor(host: HTMLElement, durationMs = 2400) {
    this.durationMs = durationMs;
    this.region = document.createElement('div');
    this.region.className = 'toast-region';
    this.region.setAttribute('role', 'status');
    this.region.setAttribute('aria-live', 'polite');
    host.append(this.region);
  }

  /** Show `text` with an icon, replacing any message still visible. */
  show(text: string, icon: ToastIcon): void {
    if (this.timer !== null) clearTimeout(this.timer);
    const toast = document.createElement('p');
    toast.className = `toast toast-${icon}`;
    const label = document.createElement('span');
    label.textContent = text;
    toast.append(speakerIcon(icon), label);
    this.region.replaceChildren(toast);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.region.replaceChildren();
    }, this.durationMs);
  }
}

/** Show the new mute state, e.g. after the mute key: the one sound-only feedback in the game. */
export function showMuteToast(toaster: Toaster, words: Translator, muted: boolean): void {
  toaster.show(
    muted ? words.ui('audio.soundOff') : words.ui('audio.soundOn'),
    muted ? 'soundOff' : 'soundOn',
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * The M key (on any keyboard layout, never while typing in a field) flips mute anywhere in the
 * game and says so with `onToggle`. Returns the unbinding.
 */
export function bindMuteKey(
  target: Document,
  audio: Pick<AudioDirector, 'toggleMute'>,
  onToggle: (muted: boolean) => void,
): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (!isLetterShortcut(event, 'm') || event.repeat || isTyping(event.target)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    onToggle(audio.toggleMute());
  };
  target.addEventListener('keydown', onKey);
  return () => {
    target.removeEventListener('keydown', onKey);
  };
}
