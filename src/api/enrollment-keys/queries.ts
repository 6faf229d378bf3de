import { queryOptions } from '@tanstack/react-query'

import type { UnreadableKey } from './list-parsing'
import { listEnrollmentKeys } from './requests'

const unreadableKey = ['enrollment-keys', 'unreadable'] as const

export const enrollmentKeyQueries = {
  all: () => ['enrollment-keys'] as const,
  list: () =>
    queryOptions({
      queryKey: [...enrollmentKeyQueries.all(), 'list'] as const,
      queryFn: async ({ signal, client }) => {
        const { keys, unreadable } = await listEnrollmentKeys(signal)
        // The keys that could not be read travel beside the list, so the list stays a list of keys.
        client.setQueryData(enrollmentKeyQueries.unreadable().queryKey, unreadable)
        return keys
      },
      // Another tab or administrator may have changed a key (and its token): look again on focus.
      refetchOnWindowFocus: 'always',
    }),
  /** The keys of the last list that could not be read; filled by the list query, never fetched itself. */
  unreadable: () =>
    queryOptions({
      queryKey: unreadableKey,
      queryFn: (): UnreadableKey[] => [],
      enabled: false,
      staleTime: Infinity,
    }),
}

/** Mutation keys, so views can watch pending changes (e.g. a key being deleted) without the hooks. */
export const enrollmentKeyMutationKeys = {
  all: () => ['enrollment-keys'] as const,
  delete: () => ['enrollment-keys', 'delete'] as const,
}
