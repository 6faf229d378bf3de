import { useCallback, useRef } from 'react'

/**
 * At most one request of a dialog in flight. The disabled "…ing" button only takes effect once React
 * has re-rendered, and a fast double click (or Enter pressed twice) lands both clicks before that: this
 * guard drops the second one at once. `start` gets `done`, to call when the request has settled.
 */
export function useSingleFlight() {
  const inFlight = useRef(false)
  return useCallback((start: (done: () => void) => void) => {
    if (inFlight.current) return
    inFlight.current = true
    start(() => {
      inFlight.current = false
    })
  }, [])
}
