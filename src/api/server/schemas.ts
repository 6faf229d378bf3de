import * as z from 'zod/mini'

export const serverStatusSchema = z.looseObject({
  version: z.optional(z.string()),
  is_pro: z.optional(z.boolean()),
  db_connected: z.optional(z.boolean()),
})
export type ServerStatus = z.infer<typeof serverStatusSchema>
