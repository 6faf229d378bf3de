import { isDeletable, keyStatusOf } from '@/api/enrollment-keys/rules'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

/**
 * Clean-up candidates: keys no device can enrol with any more (expired time-bound keys, used-up
 * limited keys) that can be deleted (not default keys).
 */
export function isExpiredOrUsedUp(key: EnrollmentKey, now: Date = new Date()): boolean {
  if (!isDeletable(key)) return false
  const status = keyStatusOf(key, now)
  return status === 'expired' || status === 'used-up'
}
