import * as z from 'zod/mini'

export const tagSchema = z.looseObject({
  id: z.string(),
  tag_name: z.string(),
  network: z.string(),
})
export type Tag = z.infer<typeof tagSchema>

export const tagListResponseSchema = z.pipe(
  z.looseObject({
    Code: z.optional(z.number()),
    Message: z.optional(z.string()),
    Response: z.nullable(z.array(tagSchema)),
  }),
  z.transform((body) => body.Response ?? []),
)
