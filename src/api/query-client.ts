import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError } from './client'
import { sessionStore } from '@/lib/session'

/** Retry only what may succeed on a second try: no answer, or a 5xx. Never a 4xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false
  if (!isApiError(error)) return false
  if (error.kind === 'aborted' || error.kind === 'invalid-response') return false
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
      queries: {
        retry: shouldRetry,
        staleTime: 10_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  })
  // Signing out (or expiring) forgets everything the previous session loaded.
  sessionStore.subscribe(() => {
    if (sessionStore.get() === null) queryClient.clear()
  })
  return queryClient
}
