// Waiting for work that happens in the background (the mail worker, pg-boss): poll the condition
// itself until a deadline, never sleep a guessed duration.
import { setTimeout as pause } from 'node:timers/promises';

/**
 * Calls `check` until it returns a truthy value, and returns that value. Past `timeoutMs` it
 * throws, naming what was awaited and the last value seen.
 */
export async function waitFor<T>(
  what: string,
  check: () => T | Promise<T>,
  { timeoutMs = 20_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() >= deadline) throw new Error(`waited ${timeoutMs} ms for ${what}; last value: ${JSON.stringify(value)}`);
    await pause(intervalMs); // between polls only
  }
}
