import { Suspense, useCallback, useMemo, useState, type ReactNode } from 'react'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import {
  LazyDeleteKeyDialog,
  LazyEditKeyDialog,
  LazyRegenerateTokenDialog,
  LazySetDefaultDialog,
} from './key-action-dialogs'
import { KeyActionsContext, type KeyAction, type KeyActionsContextValue } from './use-key-actions'

export type KeyActionsProviderProps = {
  children: ReactNode
  /** A key got a new id (regenerate token): views that follow it by id update. */
  onKeyReplaced: (oldId: string, newId: string) => void
  /** A key was deleted: views showing it close. */
  onKeyDeleted: (id: string) => void
}

type Current = { action: KeyAction; key: EnrollmentKey; seq: number }

/**
 * Holds the action dialogs (edit, set default, regenerate, delete) above the table, so they survive a
 * row re-rendering or changing id. Each dialog is a lazy chunk mounted while its action is open.
 */
export function KeyActionsProvider({ children, onKeyReplaced, onKeyDeleted }: KeyActionsProviderProps) {
  const [current, setCurrent] = useState<Current | null>(null)

  const open = useCallback((action: KeyAction, key: EnrollmentKey) => {
    setCurrent((prev) => ({ action, key, seq: (prev?.seq ?? 0) + 1 }))
  }, [])

  const notifyDeleted = useCallback(
    (ids: readonly string[]) => {
      for (const id of ids) onKeyDeleted(id)
    },
    [onKeyDeleted],
  )

  const value = useMemo<KeyActionsContextValue>(() => ({ open, notifyDeleted }), [open, notifyDeleted])

  const onOpenChange = useCallback((isOpen: boolean) => {
    if (!isOpen) setCurrent(null)
  }, [])

  return (
    <KeyActionsContext.Provider value={value}>
      {children}
      <Suspense fallback={null}>
        {current?.action === 'edit' ? (
          <LazyEditKeyDialog key={current.seq} keyItem={current.key} open onOpenChange={onOpenChange} />
        ) : null}
        {current?.action === 'set-default' ? (
          <LazySetDefaultDialog key={current.seq} keyItem={current.key} open onOpenChange={onOpenChange} />
        ) : null}
        {current?.action === 'regenerate' ? (
          <LazyRegenerateTokenDialog
            key={current.seq}
            keyItem={current.key}
            open
            onOpenChange={onOpenChange}
            onKeyReplaced={onKeyReplaced}
          />
        ) : null}
        {current?.action === 'delete' ? (
          <LazyDeleteKeyDialog
            key={current.seq}
            keyItem={current.key}
            open
            onOpenChange={onOpenChange}
            onKeyDeleted={onKeyDeleted}
          />
        ) : null}
      </Suspense>
    </KeyActionsContext.Provider>
  )
}
