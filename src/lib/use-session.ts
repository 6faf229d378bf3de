import { useSyncExternalStore } from 'react'

import { sessionStore } from './session'

/** The current session and why the last one ended. */
export function useSession() {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot, sessionStore.getSnapshot)
}
