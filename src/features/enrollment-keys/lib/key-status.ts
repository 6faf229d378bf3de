import { type KeyStatus, keyStatusOf } from '@/api/enrollment-keys/rules'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { countOf, formatDateTime } from '@/lib/format'

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

/** "in 2 days", "in 5 hours", "in 12 minutes": a rough, readable distance to a future time. */
export function formatTimeUntil(ms: number): string {
  if (ms < HOUR) return `in ${countOf(Math.max(1, Math.ceil(ms / MINUTE)), 'minute')}`
  if (ms < DAY) return `in ${countOf(Math.round(ms / HOUR), 'hour')}`
  return `in ${countOf(Math.round(ms / DAY), 'day')}`
}

export type KeyStatusSummary = Pick<KeyStatusInfo, 'status' | 'expiryWarning'>

/**
 * The key's status (the server's validity rule, `keyStatusOf`) and, for a valid key that stops working
 * within `EXPIRY_WARNING_MS`, a warning. Cheap: no date formatting, so it can run over 10,000 keys;
 * `keyStatus` adds the sentence explaining it.
 */
export function classifyKey(key: KeyStatusFacts, now: Date = new Date()): KeyStatusSummary {
  const status = keyStatusOf(key, now)
  // Only a key kept usable by its expiration alone stops at that date (an unlimited key keeps working).
  if (status !== 'valid' || key.usesRemaining > 0 || key.unlimited || key.expiresAt === null) {
    return { status, expiryWarning: null }
  }
  const left = key.expiresAt.getTime() - now.getTime()
  return { status, expiryWarning: left <= EXPIRY_WARNING_MS ? `Expires ${formatTimeUntil(left)}` : null }
}

/** Why a key has its status, in a sentence. */
export function keyStatusReason(key: KeyStatusFacts, now: Date = new Date()): string {
  const { status } = classifyKey(key, now)
  const expires = key.expiresAt ? formatDateTime(key.expiresAt) : null
  switch (status) {
    case 'valid':
      // The uses stay ungrouped ("1000 uses"), as in the table's usage label.
      if (key.usesRemaining > 0) {
        return `${key.usesRemaining} ${key.usesRemaining === 1 ? 'use' : 'uses'} left: each device that joins uses one.`
      }
      if (expires && key.expiresAt && key.expiresAt.getTime() > now.getTime()) {
        return key.unlimited ? 'Unlimited: any number of devices can join with this key.' : `Valid until ${expires}.`
      }
      return expires
        ? `Its expiration (${expires}) has passed, but it was created as unlimited, so the server still accepts it.`
        : 'Unlimited: any number of devices can join with this key.'
    case 'used-up':
      return 'Every use of this key has been spent.'
    case 'expired':
      return `Expired on ${expires ?? 'an unknown date'}.`
    case 'invalid':
      return key.type === 'invalid'
        ? 'The server gave this key no type: it has no uses, no expiration and is not unlimited.'
        : 'It has no uses left, no expiration and is not unlimited, so the server rejects it.'
  }
}

/** The status, the warning and the reason. */
export function keyStatus(key: KeyStatusFacts, now: Date = new Date()): KeyStatusInfo {
  return { ...classifyKey(key, now), reason: keyStatusReason(key, now) }
}
