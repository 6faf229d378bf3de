import { useIsFetching, useIsMutating, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, useSyncExternalStore } from 'react'

import { REQUEST_TIMEOUT_MS } from '@/api/client'
import { connectivity } from '@/lib/connectivity'
import { formatTime } from '@/lib/format'

/** How long a request may take before the page says the server is slow. */
export const SLOW_NOTICE_MS = 4000

function useOffline(): boolean {
  return useSyncExternalStore(connectivity.subscribe, connectivity.get, () => false)
}

/** True once something has been waiting on the server for SLOW_NOTICE_MS, until nothing is. */
function useSlowServer(): boolean {
  const busy = useIsFetching() + useIsMutating() > 0
  const [slowSince, setSlowSince] = useState<boolean>(false)
  useEffect(() => {
    if (!busy) return
    const timer = setTimeout(() => setSlowSince(true), SLOW_NOTICE_MS)
    return () => {
      clearTimeout(timer)
      setSlowSince(false)
    }
  }, [busy])
  return busy && slowSince
}

/**
 * Banners about the connection, on every page: offline (nothing can be sent; changes are never sent
 * later by themselves), and a server that is slow to answer (rather than a skeleton with no word).
 */
export function ConnectionNotices() {
  const offline = useOffline()
  const slow = useSlowServer()
  // When the data on screen last came from the server (the newest answer of any query).
  const queryClient = useQueryClient()
  const lastLoaded = offline
    ? Math.max(
        0,
        ...queryClient
          .getQueryCache()
          .getAll()
          .map((query) => query.state.dataUpdatedAt),
      )
    : 0
  return (
    <div className="pointer-events-none fixed inset-x-0 top-2 z-[60] flex flex-col items-center gap-2 px-4">
      <div role="status" aria-live="polite" className="contents">
        {offline ? (
          <p className="border-warning/50 bg-card pointer-events-auto max-w-xl rounded-lg border px-4 py-2 text-sm shadow-md">
            <strong className="font-semibold">You are offline.</strong> Nothing can be sent to the server: changes fail
            at once and are never sent later by themselves.{' '}
            {lastLoaded > 0
              ? `The keys shown are the last ones loaded, at ${formatTime(new Date(lastLoaded))}.`
              : 'Nothing has been loaded yet.'}
          </p>
        ) : slow ? (
          <p className="bg-card pointer-events-auto max-w-xl rounded-lg border px-4 py-2 text-sm shadow-md">
            The server is slow to answer. Still waiting; a request gives up after{' '}
            {Math.round(REQUEST_TIMEOUT_MS / 1000)} seconds.
          </p>
        ) : null}
      </div>
    </div>
  )
}
