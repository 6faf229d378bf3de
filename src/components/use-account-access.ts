import { useQuery } from '@tanstack/react-query'

import { userQueries } from '@/api/users/queries'
import { useSession } from '@/lib/use-session'

export type AccountAccess = {
  /** The signed-in account's role in words, once known ("Master key" for the server's master key). */
  role: string | null
  /** True only when the server said so: a write from this account will surely be refused. */
  readOnly: boolean
}

/**
 * What the signed-in account may do, from its user record (`GET /api/users/{username}`). The master key
 * may do everything. Until the record arrives, or when the server won't tell, nothing is assumed: actions
 * stay offered and a refusal is explained when it comes.
 */
export function useAccountAccess(): AccountAccess {
  const { session } = useSession()
  const username = session?.username ?? null
  const query = useQuery({ ...userQueries.access(username ?? ''), enabled: session !== null && username !== null })
  if (!session) return { role: null, readOnly: false }
  if (username === null) return { role: 'Master key', readOnly: false }
  return query.data ?? { role: null, readOnly: false }
}
