import * as z from 'zod/mini'

export const loginBodySchema = z.object({ username: z.string(), password: z.string() })
export type LoginBody = z.infer<typeof loginBodySchema>

export const loginResponseSchema = z.object({
  Code: z.optional(z.number()),
  Message: z.optional(z.string()),
  Response: z.object({ UserName: z.string(), AuthToken: z.string() }),
})

/**
 * Just enough of `GET /api/v1/enrollment-keys` to know it is a key list (null for none, as Go may
 * send): every item an object with the key's `value`. Each key is read properly by the list query.
 */
export const keyListProbeSchema = z.nullable(z.array(z.looseObject({ value: z.string() })))
