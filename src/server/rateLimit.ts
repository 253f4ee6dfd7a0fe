/** A token bucket per client: `burst` messages at once, refilled at `perSecond`. */
export interface RateLimit {
  readonly burst: number;
  readonly perSecond: number;
}

/** The default: a class clicking fast stays well inside it; a script flooding does not. */
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 20, perSecond: 8 };

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets keyed by client, on an injected clock (milliseconds). */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly limit: RateLimit;

  constructor(limit: RateLimit) {
    this.limit = limit;
  }

  /** Spend one token of `key` at `now`; false when the bucket is empty. */
  take(key: string, now: number): boolean {
    const { burst, perSecond } = this.limit;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    const refilled = Math.min(
      burst,
      bucket.tokens + (Math.max(0, now - bucket.at) * perSecond) / 1000,
    );
    const ok = refilled >= 1;
    this.buckets.set(key, { tokens: ok ? refilled - 1 : refilled, at: now });
    return ok;
  }

  /** Forget a client. */
  forget(key: string): void {
    this.buckets.delete(key);
  }
}
