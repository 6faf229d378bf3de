import { useEffect, useRef } from 'react'

import { isDeletable } from '@/api/enrollment-keys/rules'

import type { KeyRow } from '../lib/list-view'
import { useKeysPageActions } from '../state/keys-page-context'

/**
 * "Select all on this page" for a page of rows (the table's header box and the card list's): default keys
 * can't be deleted, so they are never selectable. The box shows "some" (indeterminate) between none and all.
 * Returns the box's ref, its state and what a change of it does (selects or clears the page).
 */
export function usePageSelectAll(rows: readonly KeyRow[], selectedIds: ReadonlySet<string>) {
  const selectable = rows.filter((r) => isDeletable(r.key))
  const selectedOnPage = selectable.filter((r) => selectedIds.has(r.key.id)).length
  const checked = selectable.length > 0 && selectedOnPage === selectable.length
  const someSelected = selectedOnPage > 0 && !checked
  const ref = useRef<HTMLInputElement>(null)
  const { dispatch } = useKeysPageActions()
  const onChange = (selected: boolean) =>
    dispatch({ type: 'selection-toggled', ids: selectable.map((r) => r.key.id), selected })

  useEffect(() => {
    if (ref.current) ref.current.indeterminate = someSelected
  }, [someSelected])

  return [ref, { checked, disabled: selectable.length === 0, onChange }] as const
}
