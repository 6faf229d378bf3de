import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'

import type { BulkDeleteResult } from '@/api/enrollment-keys/mutations'
import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import { LazyBoundary } from '@/components/load-error'

import type { FocusReturn } from '../lib/focus-return'
import type { KeyRow } from '../lib/list-view'
import { useKeysPageActions, useKeysPageState } from '../state/keys-page-context'
import type { KeysPageState } from '../state/keys-page-state'
import { useDetailsKey } from '../state/use-details-key'
import { keyDialogs } from './key-dialogs'

type Dialog = NonNullable<KeysPageState['dialog']>

/** What the export dialog offers: the page's current view and selection. */
export type KeyDialogHostProps = {
  viewRows: readonly KeyRow[]
  selectedRows: readonly KeyRow[]
  filtered: boolean
  soonWindowDays: number
}

/** Gives focus back where the page state says (what opened the dialog, or the nearest key); else Radix's way. */
function focusBack(focusReturn: FocusReturn | null) {
  return (event: Event) => {
    if (focusReturn?.restore()) event.preventDefault()
  }
}

/**
 * Mounts whichever dialog the page state says is open: the details (a layer of their own, which an action
 * dialog can open on top of) and at most one other dialog. Adding an action means one dialog file, one
 * entry in `keyDialogs`, one menu entry and one case here.
 */
export function KeyDialogHost(props: KeyDialogHostProps) {
  const { details, dialog } = useKeysPageState()
  const { dispatch } = useKeysPageActions()
  const { key: detailsKey, gone } = useDetailsKey(details)

  // The key shown in the details is gone (deleted, here or elsewhere): close them.
  useEffect(() => {
    if (gone) dispatch({ type: 'details-closed' })
  }, [gone, dispatch])

  return (
    <>
      {details && detailsKey ? (
        <LazyBoundary onClose={() => dispatch({ type: 'details-closed' })}>
          <keyDialogs.details
            keyItem={detailsKey}
            open
            onOpenChange={(open) => (open ? undefined : dispatch({ type: 'details-closed' }))}
            onCloseAutoFocus={focusBack(details.focusReturn)}
          />
        </LazyBoundary>
      ) : null}
      {dialog ? (
        <LazyBoundary onClose={() => dispatch({ type: 'dialog-closed' })}>
          {/* A new seq remounts the dialog, so reopening never shows the previous run's state. */}
          <OpenDialog key={dialog.seq} dialog={dialog} {...props} />
        </LazyBoundary>
      ) : null}
    </>
  )
}

function OpenDialog({
  dialog,
  viewRows,
  selectedRows,
  filtered,
  soonWindowDays,
}: KeyDialogHostProps & { dialog: Dialog }) {
  const { dispatch, openDetails } = useKeysPageActions()
  const queryClient = useQueryClient()
  const onOpenChange = useCallback(
    (open: boolean) => {
      if (!open) dispatch({ type: 'dialog-closed' })
    },
    [dispatch],
  )
  const common = { open: true, onOpenChange, onCloseAutoFocus: focusBack(dialog.focusReturn) }

  // Regenerate gives a key a new id before the list has it: the details follow it, showing the key as it
  // was until the list catches up.
  const onKeyReplaced = (oldId: string, newId: string) => {
    const listKey = enrollmentKeyQueries.list().queryKey
    dispatch({
      type: 'key-replaced',
      oldId,
      newId,
      fallback: queryClient.getQueryData(listKey)?.find((k) => k.id === oldId) ?? null,
      at: queryClient.getQueryState(listKey)?.dataUpdatedAt ?? 0,
    })
  }
  const onKeysDeleted = (ids: readonly string[]) => dispatch({ type: 'keys-deleted', ids })

  switch (dialog.kind) {
    case 'create':
      return <keyDialogs.create {...common} restoreDraft={dialog.restoreDraft} />
    case 'export':
      return (
        <keyDialogs.export
          open
          onOpenChange={onOpenChange}
          viewRows={viewRows}
          selectedRows={selectedRows}
          filtered={filtered}
        />
      )
    case 'check-token':
      return (
        <keyDialogs.checkToken
          open
          onOpenChange={onOpenChange}
          onOpenKey={(id) => {
            dispatch({ type: 'dialog-closed' })
            openDetails(id)
          }}
          soonWindowDays={soonWindowDays}
        />
      )
    case 'bulk-delete':
      return (
        <keyDialogs.bulkDelete
          {...common}
          keys={dialog.keys}
          onDeleted={(result: BulkDeleteResult) => onKeysDeleted(result.deleted.map((k) => k.id))}
        />
      )
    case 'edit':
      return <keyDialogs.edit {...common} keyItem={dialog.key} />
    case 'set-default':
      return <keyDialogs.setDefault {...common} keyItem={dialog.key} />
    case 'regenerate':
      return <keyDialogs.regenerate {...common} keyItem={dialog.key} onKeyReplaced={onKeyReplaced} />
    case 'delete':
      return <keyDialogs.delete {...common} keyItem={dialog.key} onKeyDeleted={(id) => onKeysDeleted([id])} />
    case 'renew':
    case 'clone':
      return <keyDialogs.renewClone mode={dialog.kind} keyItem={dialog.key} open onOpenChange={onOpenChange} />
  }
}
