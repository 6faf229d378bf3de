import { type ReactNode, useMemo, useReducer } from 'react'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

import { captureFocusReturn, captureFocusReturnForSelection, focusOrigin } from '../lib/focus-return'
import { type KeysPageActions, KeysPageActionsContext, KeysPageStateContext } from './keys-page-context'
import { initialKeysPageState, keysPageReducer } from './keys-page-state'

/** The menu button of a key's row, found by name (after a regenerate the row re-mounts with a new id). */
function actionsButtonOf(key: EnrollmentKey): HTMLElement | null {
  return document.querySelector<HTMLElement>(`button[aria-label="${CSS.escape(`Actions for ${key.name}`)}"]`)
}

export type KeysPageStateProviderProps = {
  children: ReactNode
  /** Open Create key at once, with the draft a lost session left. */
  restoreDraft?: boolean
}

/** Owns the Keys page's interaction state (see keys-page-state.ts) and hands it to the page's views. */
export function KeysPageStateProvider({ children, restoreDraft = false }: KeysPageStateProviderProps) {
  const [state, dispatch] = useReducer(keysPageReducer, restoreDraft, initialKeysPageState)
  const actions = useMemo<KeysPageActions>(
    () => ({
      dispatch,
      openDetails: (id) => dispatch({ type: 'details-opened', id, focusReturn: captureFocusReturn() }),
      openAction: (action, key) =>
        dispatch({
          type: 'dialog-opened',
          dialog: { kind: action, key },
          focusReturn: captureFocusReturn(focusOrigin(), () => actionsButtonOf(key)),
        }),
      openBulkDelete: (keys) =>
        dispatch({
          type: 'dialog-opened',
          dialog: { kind: 'bulk-delete', keys },
          focusReturn: captureFocusReturnForSelection(),
        }),
      openCreate: () =>
        dispatch({
          type: 'dialog-opened',
          dialog: { kind: 'create', restoreDraft: false },
          focusReturn: captureFocusReturn(),
        }),
      // Export and Check a token give focus back the Radix way (to the button that opened them).
      openExport: () => dispatch({ type: 'dialog-opened', dialog: { kind: 'export' }, focusReturn: null }),
      openCheckToken: () => dispatch({ type: 'dialog-opened', dialog: { kind: 'check-token' }, focusReturn: null }),
    }),
    [],
  )
  return (
    <KeysPageActionsContext.Provider value={actions}>
      <KeysPageStateContext.Provider value={state}>{children}</KeysPageStateContext.Provider>
    </KeysPageActionsContext.Provider>
  )
}
