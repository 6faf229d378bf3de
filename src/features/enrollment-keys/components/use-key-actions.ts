import { createContext, useContext } from 'react'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

export type KeyAction = 'edit' | 'set-default' | 'regenerate' | 'delete' | 'renew' | 'clone'

export type KeyActionsContextValue = {
  /** Open the dialog for an action on a key (dialogs live in KeyActionsProvider, above the table). */
  open: (action: KeyAction, key: EnrollmentKey) => void
  /** Keys were deleted outside the provider's dialogs (bulk delete): views showing them close. */
  notifyDeleted?: (ids: readonly string[]) => void
}

export const KeyActionsContext = createContext<KeyActionsContextValue | null>(null)

export function useKeyActions(): KeyActionsContextValue {
  const value = useContext(KeyActionsContext)
  if (!value) throw new Error('useKeyActions must be used inside KeyActionsProvider')
  return value
}

/** Like useKeyActions, for components that also work outside the provider. */
export function useOptionalKeyActions(): KeyActionsContextValue | null {
  return useContext(KeyActionsContext)
}
