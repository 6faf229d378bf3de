import { queryOptions } from '@tanstack/react-query'

import { listTags } from './requests'

export const tagQueries = {
  all: () => ['tags'] as const,
  /** Tags of one network. Community servers answer 404: check `serverCapabilities.tags` first. */
  byNetwork: (network: string) =>
    queryOptions({
      queryKey: [...tagQueries.all(), 'network', network] as const,
      queryFn: ({ signal }) => listTags(network, signal),
      staleTime: 60_000,
    }),
}
