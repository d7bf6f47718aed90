import { FAILURE_REASONS, type FailureReason } from '../../../shared/src/index.ts';
import type { RetrySettings } from './ports.ts';

export const DEFAULT_RETRY: RetrySettings = { maxAttempts: 3, baseDelayMs: 2_000, maxDelayMs: 60_000 };

export type RetryDecision = { retry: false } | { retry: true; delayMs: number };

/**
 * Whether a failed attempt is worth another one, and when. Only reasons the shared list marks retryable
 * are retried, at most `maxAttempts` in all; the wait doubles per attempt, and a server's Retry-After is
 * honoured when it asks for longer. A Retry-After beyond maxDelayMs is a "not today": give up.
 */
export function decideRetry(reason: FailureReason, attempt: number, settings: RetrySettings, retryAfterMs?: number): RetryDecision {
  if (!FAILURE_REASONS[reason].retry || attempt >= settings.maxAttempts) return { retry: false };
  if (retryAfterMs !== undefined && retryAfterMs > settings.maxDelayMs) return { retry: false };
  const backoff = Math.min(settings.baseDelayMs * 2 ** (attempt - 1), settings.maxDelayMs);
  return { retry: true, delayMs: Math.max(backoff, retryAfterMs ?? 0) };
}
