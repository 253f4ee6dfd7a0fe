/** What a classroom room needs from its process: content, clocks, limits and code look-up. */
import type { Content } from '../content/schema.ts';
import type { RateLimit } from './rateLimit.ts';

/** The configuration every room of a server shares. */
export interface RoomConfig {
  readonly content: Content;
  /** `contentFingerprint(content)`, computed once. */
  readonly fingerprint: string;
  /** How long a dropped device may come back (seconds). */
  readonly reconnectSeconds: number;
  /** How long a room is kept after it ended or its last device left (milliseconds). */
  readonly retentionMs: number;
  readonly rateLimit: RateLimit;
  /** Milliseconds on a monotonic clock. */
  readonly now: () => number;
  /** A new random room code. */
  readonly newCode: () => string;
  /** Whether a live room (in any process) already has this code. */
  readonly codeTaken: (code: string) => Promise<boolean>;
}

/** Five minutes, as the issue asks. */
export const RECONNECT_SECONDS = 300;
/** Two hours. */
export const RETENTION_MINUTES = 120;
