import * as z from 'zod/mini'

/**
 * A Netmaker user as `GET /api/users/{username}` returns it (`models.ReturnUser`, a bare object). Older
 * servers say only `isadmin`/`issuperadmin`; newer ones add the platform role (`super-admin`, `admin`,
 * `auditor`, `platform-user`, `service-user`), which is what decides what the user may do.
 */
export const userSchema = z.looseObject({
  username: z.string(),
  isadmin: z.optional(z.boolean()),
  issuperadmin: z.optional(z.boolean()),
  platform_role_id: z.optional(z.string()),
})
export type User = z.infer<typeof userSchema>
