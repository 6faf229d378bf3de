import { createContext, useContext } from 'react'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

import type { KeyAction, KeysPageEvent, KeysPageState } from './keys-page-state'

/** What views do to the page state: send an event, or open something (remembering where focus goes back). */
export type KeysPageActions = {
  dispatch: (event: KeysPageEvent) => void
  openDetails: (id: string) => void
  openAction: (action: KeyAction, key: EnrollmentKey) => void
  openBulkDelete: (keys: readonly EnrollmentKey[]) => void
  openCreate: () => void
  openExport: () => void
  openCheckToken: () => void
}

export const KeysPageStateContext = createContext<KeysPageState | null>(null)
/** Apart from the state, so components that only send events (every row) never re-render for it. */
export const KeysPageActionsContext = createContext<KeysPageActions | null>(null)

export function useKeysPageState(): KeysPageState {
  const state = useContext(KeysPageStateContext)
  if (!state) throw new Error('useKeysPageState must be used inside KeysPageStateProvider')
  return state
}

export function useKeysPageActions(): KeysPageActions {
  const actions = useContext(KeysPageActionsContext)
  if (!actions) throw new Error('useKeysPageActions must be used inside KeysPageStateProvider')
  return actions
}
