import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { LazyBoundary } from '@/components/load-error'
import {
  LazyDeleteKeyDialog,
  LazyEditKeyDialog,
  LazyRegenerateTokenDialog,
  LazyRenewCloneKeyDialog,
  LazySetDefaultDialog,
} from './key-action-dialogs'
import { captureFocusReturn, focusOrigin, type FocusReturn } from '../lib/focus-return'
import { KeyActionsContext, type KeyAction, type KeyActionsContextValue } from './use-key-actions'

export type KeyActionsProviderProps = {
  children: ReactNode
  /** A key got a new id (regenerate token): views that follow it by id update. */
  onKeyReplaced: (oldId: string, newId: string) => void
  /** A key was deleted: views showing it close. */
  onKeyDeleted: (id: string) => void
}

type Current = { action: KeyAction; key: EnrollmentKey; seq: number }

type DialogBaseProps = {
  keyItem: EnrollmentKey
  open: boolean
  onOpenChange: (open: boolean) => void
  onCloseAutoFocus: (event: Event) => void
}

type ActionDialogProps = DialogBaseProps & {
  action: KeyAction
  onKeyReplaced: (oldId: string, newId: string) => void
  onKeyDeleted: (id: string) => void
}

/** The dialog for an action; only regenerate and delete report back what they changed. */
function ActionDialog({ action, onKeyReplaced, onKeyDeleted, ...props }: ActionDialogProps) {
  switch (action) {
    case 'edit':
      return <LazyEditKeyDialog {...props} />
    case 'set-default':
      return <LazySetDefaultDialog {...props} />
    case 'regenerate':
      return <LazyRegenerateTokenDialog {...props} onKeyReplaced={onKeyReplaced} />
    case 'delete':
      return <LazyDeleteKeyDialog {...props} onKeyDeleted={onKeyDeleted} />
    case 'renew':
    case 'clone':
      return (
        <LazyRenewCloneKeyDialog
          mode={action}
          keyItem={props.keyItem}
          open={props.open}
          onOpenChange={props.onOpenChange}
        />
      )
  }
}

/**
 * Holds the action dialogs (edit, set default, regenerate, delete) above the table, so they survive a
 * row re-rendering or changing id. Each dialog is a lazy chunk mounted while its action is open.
 */
export function KeyActionsProvider({ children, onKeyReplaced, onKeyDeleted }: KeyActionsProviderProps) {
  const [current, setCurrent] = useState<Current | null>(null)
  const returnTo = useRef<FocusReturn | null>(null)

  const open = useCallback((action: KeyAction, key: EnrollmentKey) => {
    // After a regenerate the row re-mounts with a new id: find the key's menu button again by name.
    returnTo.current = captureFocusReturn(focusOrigin(), () =>
      document.querySelector<HTMLElement>(`button[aria-label="${CSS.escape(`Actions for ${key.name}`)}"]`),
    )
    setCurrent((prev) => ({ action, key, seq: (prev?.seq ?? 0) + 1 }))
  }, [])

  /** Where focus goes when a dialog closes: what opened it, or the nearest key when that key is gone. */
  const onCloseAutoFocus = useCallback((event: Event) => {
    if (returnTo.current?.restore()) event.preventDefault()
    returnTo.current = null
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
      <LazyBoundary onClose={() => setCurrent(null)}>
        {current ? (
          // A new seq remounts the dialog, so reopening never shows the previous run's state.
          <ActionDialog
            key={current.seq}
            action={current.action}
            keyItem={current.key}
            open
            onOpenChange={onOpenChange}
            onCloseAutoFocus={onCloseAutoFocus}
            onKeyReplaced={onKeyReplaced}
            onKeyDeleted={onKeyDeleted}
          />
        ) : null}
      </LazyBoundary>
    </KeyActionsContext.Provider>
  )
}
