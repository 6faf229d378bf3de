import { request } from '@/api/client'

import { userSchema } from './schemas'

/** The user record; a user may read their own, an administrator (or the master key) anyone's. */
export function getUser(username: string, signal?: AbortSignal) {
  return request(`/api/users/${encodeURIComponent(username)}`, { schema: userSchema, signal })
}
