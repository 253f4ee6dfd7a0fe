/**
 * Web Storage that never throws. Storage may be full (`QuotaExceededError`), turned off (reading
 * `window.localStorage` itself throws) or private: a write that fails is kept in memory for this
 * visit, so the game reads back what it wrote, and the failure is reported with the key it was for.
 */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** `window.localStorage`, or null where reading it throws (storage turned off). */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Storage with a memory overlay for what could not be written; see the module comment. */
export class GuardedStorage implements StorageLike {
  private readonly backing: StorageLike | null;
  /** Values (or removals, as null) the backing storage refused. */
  private readonly overlay = new Map<string, string | null>();
  private readonly failureListeners = new Set<(key: string) => void>();

  constructor(backing: StorageLike | null) {
    this.backing = backing;
  }

  /** Be told of every write that storage refused, with its key; returns an unsubscribe. */
  onWriteFailure(listener: (key: string) => void): () => void {
    this.failureListeners.add(listener);
    return () => {
      this.failureListeners.delete(listener);
    };
  }

  /** Whether `key` holds a value storage refused (it lives only in this visit's memory). */
  unsaved(key: string): boolean {
    return this.overlay.has(key);
  }

  getItem(key: string): string | null {
    const kept = this.overlay.get(key);
    if (kept !== undefined) return kept;
    try {
      return this.backing?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  setItem(key: string, value: string): void {
    try {
      if (!this.backing) throw new Error('Storage is turned off.');
      this.backing.setItem(key, value);
      this.overlay.delete(key);
    } catch {
      this.overlay.set(key, value);
      for (const listener of this.failureListeners) listener(key);
    }
  }

  removeItem(key: string): void {
    try {
      if (!this.backing) throw new Error('Storage is turned off.');
      this.backing.removeItem(key);
      this.overlay.delete(key);
    } catch {
      this.overlay.set(key, null);
    }
  }

  private keys(): string[] {
    const keys = new Set<string>();
    try {
      const backing = this.backing;
      for (let i = 0; backing && i < backing.length; i++) {
        const key = backing.key(i);
        if (key !== null) keys.add(key);
      }
    } catch {
      // Storage that cannot be listed holds nothing this visit can read.
    }
    for (const [key, value] of this.overlay) {
      if (value === null) keys.delete(key);
      else keys.add(key);
    }
    return [...keys];
  }

  get length(): number {
    return this.keys().length;
  }

  key(index: number): string | null {
    return this.keys()[index] ?? null;
  }
}
