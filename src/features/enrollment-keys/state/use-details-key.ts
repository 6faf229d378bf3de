import { useMutationState, useQuery } from '@tanstack/react-query'

import { enrollmentKeyMutationKeys, enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

import type { DetailsTarget } from './keys-page-state'

/** A delete mutation's variables: the key being deleted. */
function isKeyWithId(value: unknown, id: string): value is EnrollmentKey {
  return typeof value === 'object' && value !== null && 'id' in value && value.id === id
}

/**
 * The key the details view shows: the list's version of the target. A key being deleted leaves the list
 * at once (optimistically) but stays in the details until the server answers, so a refusal (the key comes
 * back) leaves them open. `gone`: the list is loaded and the key is in it no more (deleted here or elsewhere).
 */
export function useDetailsKey(target: DetailsTarget | null): { key: EnrollmentKey | undefined; gone: boolean } {
  const { data: keys, dataUpdatedAt } = useQuery(enrollmentKeyQueries.list())
  const keysBeingDeleted = useMutationState({
    filters: { mutationKey: enrollmentKeyMutationKeys.delete(), status: 'pending' },
    select: (mutation) => mutation.state.variables,
  })
  if (!target) return { key: undefined, gone: false }
  const key =
    keys?.find((k) => k.id === target.id) ??
    keysBeingDeleted.find((v): v is EnrollmentKey => isKeyWithId(v, target.id)) ??
    (dataUpdatedAt <= target.after ? (target.fallback ?? undefined) : undefined)
  return { key, gone: !!keys && !key }
}
