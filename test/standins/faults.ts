/**
 * Per-route faults a test arms on a stand-in: an error status (with Retry-After and the like), a
 * delay, or a dropped connection — before the handler, or after it applied the write, which is
 * the case an "ensure" must survive (style.md §3: check, then retry; never retry a POST blindly).
 */

export interface Fault {
  /** Only requests with this method (any when unset). */
  method?: string;
  /** Exact path, or a pattern tested against the path (no query). */
  path: string | RegExp;
  /** Answer with this status instead of calling the handler. */
  status?: number;
  /** Body of the fault answer (JSON-encoded unless a string or Buffer); a GitHub-like message when unset. */
  body?: unknown;
  /** Headers of the fault answer (e.g. `retry-after`); without `status` they are added to the handler's answer. */
  headers?: Record<string, string>;
  /** Wait this long before anything else happens. */
  delayMs?: number;
  /** 'before': destroy the socket without running the handler; 'after': run the handler (the write is applied), then destroy the socket. */
  drop?: 'before' | 'after';
  /** Fire for the first N matching requests, then stand aside; unset = every matching request. */
  times?: number;
}

/**
 * Responsible for choosing which armed fault, if any, a request meets. An Array so the tests that
 * arm with `push` and disarm with `length = 0` keep working; the first live match wins.
 */
export class Faults extends Array<Fault> {
  // map/filter/slice return plain arrays: a derived list is not a second fault table.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  // Counted here rather than by decrementing `times`, so the caller's object is never changed.
  readonly #fired = new WeakMap<Fault, number>();

  /** Arms a fault and returns it (pass it to `firedCount` later). */
  add(fault: Fault): Fault {
    this.push(fault);
    return fault;
  }

  clear(): void {
    this.length = 0;
  }

  /** How many requests this fault has answered so far. */
  firedCount(fault: Fault): number {
    return this.#fired.get(fault) ?? 0;
  }

  /** The fault this request meets, counted as fired; undefined when none is live. */
  take(method: string, path: string): Fault | undefined {
    for (const fault of this) {
      if (fault.method !== undefined && fault.method.toUpperCase() !== method) continue;
      if (typeof fault.path === 'string' ? fault.path !== path : !fault.path.test(path)) continue;
      const fired = this.firedCount(fault);
      if (fault.times !== undefined && fired >= fault.times) continue;
      this.#fired.set(fault, fired + 1);
      return fault;
    }
    return undefined;
  }
}
