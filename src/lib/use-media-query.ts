import { useCallback, useSyncExternalStore } from 'react'

/**
 * Whether a CSS media query matches, following changes. Where `matchMedia` does not exist (jsdom, old
 * browsers) it answers `fallback`.
 */
export function useMediaQuery(query: string, fallback = false): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => undefined
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query],
  )
  const getSnapshot = () =>
    typeof window === 'undefined' || typeof window.matchMedia !== 'function'
      ? fallback
      : window.matchMedia(query).matches
  return useSyncExternalStore(subscribe, getSnapshot, () => fallback)
}
