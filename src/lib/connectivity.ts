/**
 * Whether the browser is offline: `navigator.onLine` (false is reliable; true only means "maybe"),
 * re-read whenever the browser says so (`online` / `offline` events) or a request fails to leave.
 * A tiny external store for useSyncExternalStore.
 */
const listeners = new Set<() => void>()

function readOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false
}

let offline = readOffline()

function update() {
  const next = readOffline()
  if (next === offline) return
  offline = next
  for (const listener of listeners) listener()
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
}

export const connectivity = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  /** The last known state, for rendering (never changes anything). */
  get(): boolean {
    return offline
  },
  isOffline(): boolean {
    // Read afresh: the events may not have arrived yet when a request is about to go out.
    update()
    return offline
  },
  /** A request could not reach anything: the connection may just have dropped. */
  reportFetchFailure(): void {
    update()
  },
  /** An answer arrived: whatever `navigator.onLine` says, the network works. */
  reportFetchSuccess(): void {
    update()
  },
}
