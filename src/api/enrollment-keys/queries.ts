import { queryOptions } from '@tanstack/react-query'
import { listEnrollmentKeys } from './requests'

export const enrollmentKeyQueries = {
  all: () => ['enrollment-keys'] as const,
  list: () =>
    queryOptions({
      queryKey: [...enrollmentKeyQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => listEnrollmentKeys(signal),
    }),
}

/** Mutation keys, so views can watch pending changes (e.g. a key being deleted) without the hooks. */
export const enrollmentKeyMutationKeys = {
  all: () => ['enrollment-keys'] as const,
  delete: () => ['enrollment-keys', 'delete'] as const,
}
