import { decodeToken } from '@/api/enrollment-keys/rules'
import type { EnrollmentKey, KeyType } from '@/api/enrollment-keys/schemas'
import { countOf, formatCount, formatDateTime } from '@/lib/format'

export const KEY_TYPE_LABELS: Record<KeyType, string> = {
  unlimited: 'Unlimited',
  limited: 'Limited uses',
  'time-bound': 'Time-bound',
  invalid: 'No type',
}

/** The type's label: "Unlimited", …, or "unknown type (7)" for a number this console does not know. */
export function typeLabel(key: Pick<EnrollmentKey, 'type' | 'unknownWireType'>): string {
  return key.unknownWireType === undefined ? KEY_TYPE_LABELS[key.type] : `unknown type (${key.unknownWireType})`
}

/** The Type / usage column: "Unlimited", "3 uses left", "Until 12 Dec 2026, 14:00". */
export function usageLabel(
  key: Pick<EnrollmentKey, 'type' | 'usesRemaining' | 'expiresAt' | 'unlimited' | 'unknownWireType'>,
  locale?: string,
  timeZone?: string,
): string {
  if (key.unknownWireType !== undefined) return typeLabel(key)
  switch (key.type) {
    case 'limited':
      return key.usesRemaining === 1 ? '1 use left' : `${key.usesRemaining} uses left`
    case 'time-bound':
      return key.expiresAt ? `Until ${formatDateTime(key.expiresAt, locale, timeZone)}` : 'Time-bound'
    case 'unlimited':
      return 'Unlimited'
    case 'invalid':
      if (key.usesRemaining > 0) return `${key.usesRemaining} uses left`
      if (key.expiresAt) return `Until ${formatDateTime(key.expiresAt, locale, timeZone)}`
      return key.unlimited ? 'Unlimited' : 'No type'
  }
}

/**
 * The last characters of the key a token carries, behind dots: enough to tell keys apart, not enough
 * to use one. (Every Netmaker token starts alike, with the encoded `{"server":…`, so its first
 * characters would tell nothing.) Falls back to the token's own last characters if it can't be read.
 */
export function maskToken(token: string, visible = 4): string {
  const value = decodeToken(token)?.value
  const tail = value === undefined ? token.replace(/=+$/, '').slice(-visible) : value.slice(-visible)
  return `${'•'.repeat(8)}${tail}`
}

/** "1–25 of 312 keys" */
export function rangeLabel(from: number, to: number, total: number): string {
  if (total === 0) return '0 keys'
  return `${formatCount(from)}–${formatCount(to)} of ${countOf(total, 'key')}`
}

/** "1 key", "1,990 keys". */
export function keyCount(n: number): string {
  return countOf(n, 'key')
}
