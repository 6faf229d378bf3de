import { queryOptions } from '@tanstack/react-query'

import { listNodes } from './requests'

export const nodeQueries = {
  all: () => ['nodes'] as const,
  list: () =>
    queryOptions({
      queryKey: [...nodeQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => listNodes(signal),
      staleTime: 60_000,
    }),
}
