import { isKeyUsable } from '@/api/enrollment-keys/rules'
import { countOf, formatDateTime } from '@/lib/format'

import { formatTimeUntil, type KeyStatusFacts } from './key-status'

/** The windows an administrator can pick for "expiring soon", in days. */
export const SOON_WINDOWS = [1, 3, 7, 14, 30] as const
export type SoonWindow = (typeof SOON_WINDOWS)[number]
export const DEFAULT_SOON_WINDOW: SoonWindow = 7

/**
 * A limited-use key with this many uses left or fewer counts as running out. The server keeps only the
 * uses left, not how many the key started with, so a share ("10 % left") cannot be computed: a small
 * absolute number is the rule.
 */
export const LOW_USES_LEFT = 2

const DAY_MS = 24 * 60 * 60 * 1000

/** Why a key that still works will stop working soon. */
export type StopsSoon =
  { cause: 'time'; stopsAt: Date; reason: string } | { cause: 'uses'; usesLeft: number; reason: string }

/** `"7"` → 7; anything that is not one of the offered windows → null. */
export function parseSoonWindow(value: string | null): SoonWindow | null {
  const n = Number(value)
  return (SOON_WINDOWS as readonly number[]).includes(n) ? (n as SoonWindow) : null
}

/** "1 day", "7 days". */
export function soonWindowLabel(days: number): string {
  return countOf(days, 'day')
}

/**
 * Whether a key that works now (`isKeyUsable`) stops working within `windowDays`, and why:
 * - unlimited keys never stop by themselves;
 * - a key with at most `LOW_USES_LEFT` uses left is running out, unless a later expiration keeps it
 *   working beyond the window anyway;
 * - a key with no uses left whose expiration falls within the window stops at that time.
 * Keys that do not work now (expired, used up, invalid) are not "expiring soon": they already stopped.
 * Cheap (no date formatting unless the key is expiring), so it can run over 10,000 keys.
 */
export function stopsSoon(key: KeyStatusFacts, now: Date, windowDays: number): StopsSoon | null {
  if (key.unlimited) return null
  if (!isKeyUsable(key, now)) return null
  const nowMs = now.getTime()
  const windowEnd = nowMs + windowDays * DAY_MS
  const expiresMs = key.expiresAt ? key.expiresAt.getTime() : null
  const expiryKeepsItWorking = expiresMs !== null && expiresMs > windowEnd

  if (key.usesRemaining > 0) {
    if (key.usesRemaining > LOW_USES_LEFT || expiryKeepsItWorking) return null
    const n = key.usesRemaining
    return { cause: 'uses', usesLeft: n, reason: `Only ${countOf(n, 'use')} left` }
  }
  if (expiresMs !== null && expiresMs > nowMs && expiresMs <= windowEnd && key.expiresAt) {
    return {
      cause: 'time',
      stopsAt: key.expiresAt,
      reason: `Stops working ${formatTimeUntil(expiresMs - nowMs)} (${formatDateTime(key.expiresAt)})`,
    }
  }
  return null
}

/** The short mark for a row: "Expires in 2 days", "1 use left". */
export function stopsSoonMark(soon: StopsSoon, now: Date): string {
  if (soon.cause === 'uses') return `${countOf(soon.usesLeft, 'use')} left`
  return `Expires ${formatTimeUntil(soon.stopsAt.getTime() - now.getTime())}`
}

/** "3 keys stop working within 7 days". */
export function expiringSoonSummary(count: number, windowDays: number): string {
  return `${countOf(count, 'key')} ${count === 1 ? 'stops' : 'stop'} working within ${soonWindowLabel(windowDays)}`
}
