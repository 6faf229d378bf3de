import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { formatDateTime } from './format'

export type KeyStatus = 'valid' | 'expired' | 'used-up' | 'invalid'

export const KEY_STATUSES: readonly KeyStatus[] = ['valid', 'expired', 'used-up', 'invalid']

export const KEY_STATUS_LABELS: Record<KeyStatus, string> = {
  valid: 'Valid',
  expired: 'Expired',
  'used-up': 'Used up',
  invalid: 'Invalid',
}

export type KeyStatusInfo = {
  status: KeyStatus
  /** Why the key has this status, in a sentence. */
  reason: string
  /** For a valid key that stops working within 7 days: "Expires in 2 days". */
  expiryWarning: string | null
}

export type KeyStatusFacts = Pick<EnrollmentKey, 'type' | 'usesRemaining' | 'expiresAt' | 'unlimited'>

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** A valid key that stops working within this long gets a warning. */
export const EXPIRY_WARNING_MS = 7 * DAY

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** "in 2 days", "in 5 hours", "in 12 minutes": a rough, readable distance to a future time. */
export function formatTimeUntil(ms: number): string {
  if (ms < HOUR) return `in ${plural(Math.max(1, Math.ceil(ms / MINUTE)), 'minute')}`
  if (ms < DAY) return `in ${plural(Math.round(ms / HOUR), 'hour')}`
  return `in ${plural(Math.round(ms / DAY), 'day')}`
}

/**
 * The server's rule: a key is usable when it has uses left, or its expiration is set and in the
 * future, or it is unlimited. When it is not usable, say why: used up (limited), expired
 * (time-bound, past) or invalid (no type / nothing that makes it usable).
 */
export function keyStatus(key: KeyStatusFacts, now: Date = new Date()): KeyStatusInfo {
  const nowMs = now.getTime()
  const expiresMs = key.expiresAt ? key.expiresAt.getTime() : null
  const inFuture = expiresMs !== null && expiresMs > nowMs

  if (key.usesRemaining > 0) {
    return {
      status: 'valid',
      reason: `${plural(key.usesRemaining, 'use')} left: each device that joins uses one.`,
      expiryWarning: null,
    }
  }
  if (inFuture && expiresMs !== null && key.expiresAt) {
    const left = expiresMs - nowMs
    // An unlimited key keeps working after its expiration, so the date is no reason to worry.
    const warn = !key.unlimited && left <= EXPIRY_WARNING_MS
    return {
      status: 'valid',
      reason: key.unlimited
        ? 'Unlimited: any number of devices can join with this key.'
        : `Valid until ${formatDateTime(key.expiresAt)}.`,
      expiryWarning: warn ? `Expires ${formatTimeUntil(left)}` : null,
    }
  }
  if (key.unlimited) {
    return {
      status: 'valid',
      reason:
        expiresMs !== null && key.expiresAt
          ? `Its expiration (${formatDateTime(key.expiresAt)}) has passed, but it was created as unlimited, so the server still accepts it.`
          : 'Unlimited: any number of devices can join with this key.',
      expiryWarning: null,
    }
  }
  if (key.type === 'invalid') {
    return {
      status: 'invalid',
      reason: 'The server gave this key no type: it has no uses, no expiration and is not unlimited.',
      expiryWarning: null,
    }
  }
  if (key.type === 'limited') {
    return { status: 'used-up', reason: 'Every use of this key has been spent.', expiryWarning: null }
  }
  if (expiresMs !== null && key.expiresAt) {
    return { status: 'expired', reason: `Expired on ${formatDateTime(key.expiresAt)}.`, expiryWarning: null }
  }
  return {
    status: 'invalid',
    reason: 'It has no uses left, no expiration and is not unlimited, so the server rejects it.',
    expiryWarning: null,
  }
}
