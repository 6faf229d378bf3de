import { useQuery } from '@tanstack/react-query'

import { type ServerCapabilities, serverQueries } from '@/api/server/queries'

const UNKNOWN: ServerCapabilities = {
  version: null,
  isPro: false,
  regenerateToken: true,
  setDefault: true,
  tags: false,
}

/** What the connected server can do (from GET /api/server/status). Optimistic until it answers. */
export function useServerCapabilities(): ServerCapabilities & { isLoading: boolean } {
  const query = useQuery(serverQueries.status())
  return { ...(query.data ?? UNKNOWN), isLoading: query.isPending }
}
