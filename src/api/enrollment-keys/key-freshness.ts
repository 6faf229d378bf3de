import type { QueryClient } from '@tanstack/react-query'

import { enrollmentKeyQueries } from './queries'
import type { EnrollmentKey } from './schemas'

/**
 * Whether a key shown on screen is still the server's: the same (same id and token), changed (its token
 * was regenerated elsewhere: same name, new id or token) or gone (deleted elsewhere).
 */
export type KeyFreshness =
  { state: 'same'; key: EnrollmentKey } | { state: 'changed'; key: EnrollmentKey } | { state: 'gone' }

/** Asks the server for the list again (never the cache) and compares. Throws the request's ApiError. */
export async function checkKeyFreshness(queryClient: QueryClient, shown: EnrollmentKey): Promise<KeyFreshness> {
  const keys = await queryClient.fetchQuery({ ...enrollmentKeyQueries.list(), staleTime: 0 })
  const byId = keys.find((k) => k.id === shown.id)
  if (byId) return byId.token === shown.token ? { state: 'same', key: byId } : { state: 'changed', key: byId }
  // A regenerate gives the key a new id (its value); the list's shape has no other stable id than the name.
  const byUuid = shown.uuid ? keys.find((k) => k.uuid === shown.uuid) : undefined
  const byName = shown.name ? keys.filter((k) => k.name === shown.name) : []
  const successor = byUuid ?? (byName.length === 1 ? byName[0] : undefined)
  return successor ? { state: 'changed', key: successor } : { state: 'gone' }
}
