import * as z from 'zod/mini'

export const hostSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  os: z.optional(z.string()),
})
export type Host = z.infer<typeof hostSchema>

export const hostListSchema = z.pipe(
  z.nullable(z.array(hostSchema)),
  z.transform((v) => v ?? []),
)
