import * as z from 'zod/mini'

export const networkSchema = z.looseObject({
  netid: z.string(),
  addressrange: z.optional(z.string()),
  addressrange6: z.optional(z.string()),
})
export type Network = z.infer<typeof networkSchema>

export const networkListSchema = z.pipe(
  z.nullable(z.array(networkSchema)),
  z.transform((v) => v ?? []),
)

export const createNetworkBodySchema = z.object({
  netid: z.string(),
  addressrange: z.optional(z.string()),
})
