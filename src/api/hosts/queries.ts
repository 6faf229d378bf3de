import { queryOptions } from '@tanstack/react-query'

import { listHosts } from './requests'

export const hostQueries = {
  all: () => ['hosts'] as const,
  list: () =>
    queryOptions({
      queryKey: [...hostQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => listHosts(signal),
      staleTime: 60_000,
    }),
}
