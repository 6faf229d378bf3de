import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'

import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import { useSession } from '@/lib/use-session'

import { ownTokenServer } from '../lib/inspect-token'

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null
  } catch {
    return null
  }
}

/**
 * How this server names itself: the address it writes into its own tokens (what netclient contacts),
 * else the host of the server URL signed in to, else this page's host (the console served next to
 * the API). `tokenServer` is only the first: null while no key tells it.
 */
export function useServerName(): { name: string; tokenServer: string | null } {
  const { data: keys } = useQuery(enrollmentKeyQueries.list())
  const { session } = useSession()
  const tokenServer = useMemo(() => (keys ? ownTokenServer(keys) : null), [keys])
  const name =
    tokenServer ??
    (session?.serverUrl ? hostOf(session.serverUrl) : null) ??
    (typeof window === 'undefined' ? '' : window.location.host)
  return { name, tokenServer }
}
