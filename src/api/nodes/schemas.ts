import * as z from 'zod/mini'

export const nodeSchema = z.looseObject({
  id: z.string(),
  hostid: z.string(),
  network: z.string(),
  isrelay: z.optional(z.boolean()),
})
export type Node = z.infer<typeof nodeSchema>

export const nodeListSchema = z.pipe(
  z.nullable(z.array(nodeSchema)),
  z.transform((v) => v ?? []),
)
