import * as z from 'zod/mini'

export const hostSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  os: z.optional(z.string()),
  version: z.optional(z.string()),
})
export type Host = z.infer<typeof hostSchema>

export const hostListSchema = z.pipe(
  z.nullable(z.array(hostSchema)),
  z.transform((v) => v ?? []),
)

/**
 * What a netclient sends to `POST /api/v1/host/register/{token}`: its host record (Netmaker's
 * `models.Host`; only the fields the console and the mock look at are named here).
 */
export const hostRegistrationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  os: z.optional(z.string()),
  version: z.optional(z.string()),
  /** The host's public traffic key (base64 of its bytes); the server refuses a host without one. */
  traffickeypublic: z.optional(z.nullable(z.string())),
})
export type HostRegistration = z.infer<typeof hostRegistrationSchema>
