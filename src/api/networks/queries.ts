import { queryOptions } from '@tanstack/react-query'

import { listNetworks } from './requests'

export const networkQueries = {
  all: () => ['networks'] as const,
  list: () =>
    queryOptions({
      queryKey: [...networkQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => listNetworks(signal),
      staleTime: 60_000,
    }),
}
