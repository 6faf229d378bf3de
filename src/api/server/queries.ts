import { queryOptions } from '@tanstack/react-query'

import { getServerStatus } from './requests'
import type { ServerStatus } from './schemas'

export type ServerCapabilities = {
  version: string | null
  isPro: boolean
  /** Newest server line: regenerate-token route and `default` through update. v1.5.x lacks both. */
  regenerateToken: boolean
  setDefault: boolean
  /** Tags endpoint (Pro). */
  tags: boolean
}

function parseVersion(version: string): [number, number, number] | null {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim())
  if (!match) return null
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
}

/** What the server can do, from what it says about itself. */
export function capabilitiesOf(status: ServerStatus): ServerCapabilities {
  const version = status.version ?? null
  const parsed = version ? parseVersion(version) : null
  // v1.5.x and older lack the newest line's routes; an unknown version string is taken as newest
  // (the UI still copes with a 404 from those routes).
  const newest = parsed === null ? true : parsed[0] > 1 || (parsed[0] === 1 && parsed[1] > 5)
  const isPro = status.is_pro ?? false
  return { version, isPro, regenerateToken: newest, setDefault: newest, tags: isPro }
}

export const serverQueries = {
  status: () =>
    queryOptions({
      queryKey: ['server', 'status'] as const,
      queryFn: ({ signal }) => getServerStatus(signal),
      staleTime: Infinity,
      select: capabilitiesOf,
    }),
}
