import { useAccountAccess } from '@/components/use-account-access'

/** Why a change is not offered to a read-only account (known before trying). */
export const READ_ONLY_REASON = 'Your account is read-only: it can view keys but not change them.'

export type CanChangeKeys = { allowed: true; reason: null } | { allowed: false; reason: string }

/**
 * The one rule for every action that changes keys (create, edit, set default, regenerate, delete, bulk
 * delete): not allowed for an account the server says is read-only, with the reason to show beside the
 * action. When the role is not known the action stays allowed and a refusal is explained if it comes.
 */
export function useCanChangeKeys(): CanChangeKeys {
  const { readOnly } = useAccountAccess()
  return readOnly ? { allowed: false, reason: READ_ONLY_REASON } : { allowed: true, reason: null }
}
