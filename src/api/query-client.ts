import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'

import { sessionStore } from '@/lib/session'

import { isApiError } from './client'

/**
 * Retry only what may succeed on a second try: a failed connection, or a 5xx. Never a 4xx; never a
 * timeout (a server that took the whole timeout once would only make the wait three times as long);
 * never while offline (the list reloads by itself when the connection is back).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false
  if (!isApiError(error)) return false
  if (error.kind === 'aborted' || error.kind === 'invalid-response') return false
  if (error.kind === 'timeout' || error.kind === 'offline') return false
  return error.status === 0 || error.status >= 500
}

function onUnauthorized(error: unknown, queryClient: QueryClient) {
  if (isApiError(error) && error.status === 401 && sessionStore.get() !== null) {
    sessionStore.signOut('expired')
    queryClient.clear()
  }
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onUnauthorized(error, queryClient) }),
    mutationCache: new MutationCache({ onError: (error) => onUnauthorized(error, queryClient) }),
    defaultOptions: {
      // 'always': requests run (and fail fast) whatever the network; React Query's default would pause
      // them while offline and send them by themselves later, changes included.
      queries: {
        networkMode: 'always',
        retry: shouldRetry,
        staleTime: 10_000,
        refetchOnWindowFocus: true,
      },
      // A change is never sent again without the user asking: no retry, no replay on reconnect.
      mutations: { retry: false, networkMode: 'always' },
    },
  })
  // Signing out (or expiring) forgets everything the previous session loaded.
  sessionStore.subscribe(() => {
    if (sessionStore.get() === null) queryClient.clear()
  })
  return queryClient
}
