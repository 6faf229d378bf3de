import * as z from 'zod/mini'

/** Who or what an event is about (Netmaker's `models.Subject`). */
export const activitySubjectSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  subject_type: z.string(),
})
export type ActivitySubject = z.infer<typeof activitySubjectSchema>

/** The action a host joining a network with an enrollment key is recorded under. */
export const JOIN_HOST_TO_NETWORK = 'JOIN_HOST_TO_NETWORK'
/** `subject_type` of an enrollment key (the source of a join event) and of a host (its target). */
export const ENROLLMENT_KEY_SUBJECT = 'ENROLLMENT_KEY'
export const DEVICE_SUBJECT = 'DEVICE'

/**
 * One activity event (Pro servers), as `GET /api/v1/activity` and `/api/v1/network/activity` list them:
 * newest first. `source` and `target` are stored as JSON and may be null on events that have none.
 */
export const activityEventSchema = z.looseObject({
  id: z.string(),
  action: z.string(),
  source: z.nullable(activitySubjectSchema),
  target: z.nullable(activitySubjectSchema),
  origin: z.optional(z.string()),
  network_id: z.optional(z.string()),
  triggered_by: z.optional(z.string()),
  time_stamp: z.string(),
})
export type ActivityEvent = z.infer<typeof activityEventSchema>

/** The activity routes answer in Netmaker's success envelope; `Response` is null when there is nothing. */
export const activityListResponseSchema = z.pipe(
  z.looseObject({
    Code: z.optional(z.number()),
    Message: z.optional(z.string()),
    Response: z.nullable(z.array(activityEventSchema)),
  }),
  z.transform((body) => body.Response ?? []),
)
