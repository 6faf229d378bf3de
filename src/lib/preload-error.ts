import { CHUNK_RELOAD_FLAG } from './lazy-with-retry'

export type PreloadErrorOptions = {
  storage?: Pick<Storage, 'getItem' | 'setItem'>
  reload?: () => void
  isOffline?: () => boolean
}

/**
 * Vite's `vite:preloadError`: a lazily loaded chunk failed, typically because a redeploy replaced the
 * chunks this page knows. Reload once to get the new ones. The flag in sessionStorage (cleared by the
 * next chunk that loads) keeps this from looping: a second failure is left to the error boundary, which
 * explains and offers Retry / Reload. Offline, a reload would only show the browser's offline page, so
 * the boundary explains at once.
 */
export function handlePreloadError(event: Event, options: PreloadErrorOptions = {}): 'reloading' | 'explained' {
  const storage = options.storage ?? sessionStorage
  const reload = options.reload ?? (() => window.location.reload())
  const isOffline = options.isOffline ?? (() => navigator.onLine === false)
  if (isOffline()) return 'explained'
  let reloadedBefore = true
  try {
    reloadedBefore = storage.getItem(CHUNK_RELOAD_FLAG) !== null
    if (!reloadedBefore) storage.setItem(CHUNK_RELOAD_FLAG, String(Date.now()))
  } catch {
    // no storage: no way to tell a loop from a first failure, so never reload
  }
  if (reloadedBefore) return 'explained'
  event.preventDefault()
  reload()
  return 'reloading'
}

export function listenForPreloadErrors(): void {
  window.addEventListener('vite:preloadError', (event) => void handlePreloadError(event))
}
