import { queryOptions } from '@tanstack/react-query'

import { getUser } from './requests'
import type { User } from './schemas'

/** Platform roles that may change what the server holds, enrollment keys included. */
const ADMIN_ROLES = new Set(['super-admin', 'admin'])

const ROLE_LABELS: Record<string, string> = {
  'super-admin': 'Super admin',
  admin: 'Admin',
  auditor: 'Auditor',
  'platform-user': 'Platform user',
  'service-user': 'Service user',
}

export type Access = {
  /** The role in words ("Admin", "Auditor"…). */
  role: string
  /**
   * Whether writes to enrollment keys will be refused. Netmaker guards every enrollment-key route with
   * its admin check, so only administrators (super admin, admin, or the legacy admin flags) may change keys.
   */
  readOnly: boolean
}

/** What a user record says about the user's access. */
export function accessOf(user: User): Access {
  const roleId = user.platform_role_id ?? ''
  const admin = user.issuperadmin === true || user.isadmin === true || ADMIN_ROLES.has(roleId)
  const role =
    ROLE_LABELS[roleId] ??
    (roleId || (user.issuperadmin === true ? 'Super admin' : user.isadmin === true ? 'Admin' : 'User'))
  return { role, readOnly: !admin }
}

export const userQueries = {
  /** The signed-in user's record, read once per session. */
  access: (username: string) =>
    queryOptions({
      queryKey: ['users', username] as const,
      queryFn: ({ signal }) => getUser(username, signal),
      staleTime: Infinity,
      select: accessOf,
    }),
}
