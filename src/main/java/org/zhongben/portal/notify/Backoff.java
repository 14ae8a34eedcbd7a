package org.zhongben.portal.notify;

/** Retries with exponential backoff: wait {@code first × 2^(tries − 1)}, at most {@code longest}, {@code max} tries. */
record Backoff(int maxAttempts, long firstDelaySeconds, long longestDelaySeconds) {
}
