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
/**
 * Written on every sign-out so that other tabs of this console (which get a `storage` event for it)
 * sign out too: each tab keeps its own session in sessionStorage, which other tabs never see change.
 */
export const SIGN_OUT_SIGNAL_KEY = 'nm-console.signed-out'

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

function broadcastSignOut(reason: SignOutReason) {
  try {
    localStorage.setItem(SIGN_OUT_SIGNAL_KEY, JSON.stringify({ reason, at: Date.now() }))
  } catch {
    // storage refused: other tabs learn of it at their next request
  }
}

function reasonFrom(raw: string | null): SignOutReason {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null
    if (value && typeof value === 'object' && 'reason' in value && value.reason === 'expired') return 'expired'
  } catch {
    // unreadable: an ordinary sign-out
  }
  return 'signed-out'
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
    const hadSession = state.session !== null
    emit({ session: null, lastSignOut: reason })
    if (hadSession) broadcastSignOut(reason)
  },
  /** For tests: forget everything. */
  reset() {
    clearStorage()
    emit({ session: null, lastSignOut: null })
  },
}

// Another tab signed out (or its session expired): this one ends its session too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === SIGN_OUT_SIGNAL_KEY && event.newValue !== null) {
      if (state.session !== null) {
        clearStorage()
        emit({ session: null, lastSignOut: reasonFrom(event.newValue) })
      }
    } else if (event.key === STORAGE_KEY && event.newValue === null && event.storageArea === localStorage) {
      // A remembered session was removed elsewhere: it was this tab's too if this tab read it from there.
      if (state.session !== null && readStored() === null) emit({ session: null, lastSignOut: 'signed-out' })
    }
  })
}
