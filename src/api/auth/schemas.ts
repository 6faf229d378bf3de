import * as z from 'zod/mini'

export const loginBodySchema = z.object({ username: z.string(), password: z.string() })
export type LoginBody = z.infer<typeof loginBodySchema>

export const loginResponseSchema = z.object({
  Code: z.optional(z.number()),
  Message: z.optional(z.string()),
  Response: z.object({ UserName: z.string(), AuthToken: z.string() }),
})
