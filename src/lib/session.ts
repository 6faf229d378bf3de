/**
 * The signed-in session: the API token, the server it belongs to and who is signed in.
 * Kept in sessionStorage, or in localStorage when "Keep me signed in" was ticked.
 * A tiny external store so React can subscribe with useSyncExternalStore.
 */
export type SignOutReason = 'signed-out' | 'expired'

export type Session = {
  token: string
  /** Base URL of the Netmaker API, without trailing slash; "" means same origin. */
  serverUrl: string
  /** User name, or null when signed in with the master key. */
  username: string | null
}

type State = { session: Session | null; lastSignOut: SignOutReason | null }

const STORAGE_KEY = 'nm-console.session'

function readStored(): Session | null {
  for (const storage of [sessionStorage, localStorage]) {
    try {
      const raw = storage.getItem(STORAGE_KEY)
      if (!raw) continue
      const value: unknown = JSON.parse(raw)
      if (
        value &&
        typeof value === 'object' &&
        'token' in value &&
        typeof value.token === 'string' &&
        'serverUrl' in value &&
        typeof value.serverUrl === 'string'
      ) {
        const username = 'username' in value && typeof value.username === 'string' ? value.username : null
        return { token: value.token, serverUrl: value.serverUrl, username }
      }
    } catch {
      // unreadable storage: treat as signed out
    }
  }
  return null
}

let state: State = { session: typeof window === 'undefined' ? null : readStored(), lastSignOut: null }
const listeners = new Set<() => void>()

function emit(next: State) {
  state = next
  for (const listener of listeners) listener()
}

function clearStorage() {
  try {
    sessionStorage.removeItem(STORAGE_KEY)
    localStorage.removeItem(STORAGE_KEY)
  } catch {
    // ignore
  }
}

export const sessionStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  getSnapshot(): State {
    return state
  },
  get(): Session | null {
    return state.session
  },
  signIn(session: Session, remember: boolean) {
    clearStorage()
    const storage = remember ? localStorage : sessionStorage
    storage.setItem(STORAGE_KEY, JSON.stringify(session))
    emit({ session, lastSignOut: null })
  },
  signOut(reason: SignOutReason = 'signed-out') {
    clearStorage()
    if (state.session === null && state.lastSignOut === reason) return
    emit({ session: null, lastSignOut: reason })
  },
  /** For tests: forget everything. */
  reset() {
    clearStorage()
    emit({ session: null, lastSignOut: null })
  },
}
