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
