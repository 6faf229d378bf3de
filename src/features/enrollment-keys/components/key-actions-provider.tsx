import { useMemo, type ReactNode } from 'react'
import { KeyActionsContext, type KeyActionsContextValue } from './use-key-actions'

export type KeyActionsProviderProps = {
  children: ReactNode
  /** A key got a new id (regenerate token): views that follow it by id update. */
  onKeyReplaced: (oldId: string, newId: string) => void
  /** A key was deleted: views showing it close. */
  onKeyDeleted: (id: string) => void
}

/**
 * Placeholder: holds the action dialogs (edit, set default, regenerate, delete) above the table so
 * they survive a row re-rendering or changing id. Arrives with the key-actions work.
 */
export function KeyActionsProvider({ children }: KeyActionsProviderProps) {
  const value = useMemo<KeyActionsContextValue>(() => ({ open: () => undefined }), [])
  return <KeyActionsContext.Provider value={value}>{children}</KeyActionsContext.Provider>
}
