import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { keyStatus } from './key-status'

/**
 * Clean-up candidates: keys no device can enrol with any more (expired time-bound keys, used-up
 * limited keys) that can be deleted (not default keys).
 */
export function isExpiredOrUsedUp(key: EnrollmentKey, now: Date = new Date()): boolean {
  if (key.isDefault) return false
  const { status } = keyStatus(key, now)
  return status === 'expired' || status === 'used-up'
}
