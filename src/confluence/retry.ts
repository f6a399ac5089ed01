/**
 * When to try a request again. Confluence answers 429 (rate limit) and 503 (overloaded) with
 * `Retry-After` in seconds; without it we back off exponentially with full jitter so that many
 * invocations hitting the limit together do not retry in lockstep.
 */

export interface RetryPolicy {
  /** Total attempts including the first. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * A Retry-After longer than this is not waited for: a resolver has 25 s in all, so the
   * user is better served by "try again in a minute" than by a timeout.
   */
  maxRetryAfterMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 4000,
  maxRetryAfterMs: 10_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

export const RETRYABLE_STATUSES = new Set([429, 503]);

/** Parses `Retry-After` (seconds, or an HTTP date) into milliseconds; undefined when absent or junk. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Milliseconds to wait before attempt `attempt + 1` (attempt counts from 1), or undefined to
 * give up.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, retryAfterMs: number | undefined): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  if (retryAfterMs !== undefined) {
    if (retryAfterMs > policy.maxRetryAfterMs) return undefined;
    // A little jitter on top, so callers told the same second do not all come back at once.
    return retryAfterMs + Math.floor(policy.random() * policy.baseDelayMs);
  }
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * cap);
}
