import { useQuery } from '@tanstack/react-query'

import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

/**
 * The freshest version of a key: from the loaded list when it is there, else the snapshot the action
 * was opened with (a key removed optimistically, or a list not loaded).
 */
export function useCurrentKey(snapshot: EnrollmentKey): EnrollmentKey {
  const { data } = useQuery({
    ...enrollmentKeyQueries.list(),
    select: (keys) => keys.find((k) => k.id === snapshot.id),
  })
  return data ?? snapshot
}

/** The whole loaded list (empty until it arrives). */
export function useLoadedKeys(): EnrollmentKey[] {
  const { data } = useQuery(enrollmentKeyQueries.list())
  return data ?? []
}
