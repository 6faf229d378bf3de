import * as z from 'zod/mini'

/** Netmaker's "no relay" value. */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000'
/** Go's zero time: Netmaker's "no expiration". */
export const ZERO_TIME = '0001-01-01T00:00:00Z'

/** Wire key type: 0 undefined (invalid), 1 time-bound, 2 limited uses, 3 unlimited. */
export const wireKeyTypeSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])
export type WireKeyType = z.infer<typeof wireKeyTypeSchema>

/**
 * `type` as responses carry it: any integer. A server newer than this console may send a value it does
 * not know; such a key is typed by the server's own rule instead (see `keyTypeOf`), never refused.
 */
const responseKeyTypeSchema = z.int()

export const KEY_TYPES = ['invalid', 'time-bound', 'limited', 'unlimited'] as const
export const keyTypeSchema = z.enum(KEY_TYPES)
export type KeyType = z.infer<typeof keyTypeSchema>

const stringList = z.pipe(
  z.optional(z.nullable(z.array(z.string()))),
  z.transform((v) => v ?? []),
)

/** The key as `GET /api/v1/enrollment-keys` returns it (and as v1.5 servers return it everywhere). */
export const legacyEnrollmentKeySchema = z.object({
  value: z.string(),
  tags: stringList,
  token: z.string(),
  networks: stringList,
  type: responseKeyTypeSchema,
  uses_remaining: z.number(),
  expiration: z.string(),
  unlimited: z.boolean(),
  relay: z.optional(z.string()),
  groups: stringList,
  default: z.optional(z.boolean()),
  auto_egress: z.optional(z.boolean()),
  auto_assign_gw: z.optional(z.boolean()),
})
export type LegacyEnrollmentKey = z.infer<typeof legacyEnrollmentKeySchema>

/** The key as mutations on the newest server line return it. `tags` here are node tags. */
export const schemaEnrollmentKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  value: z.string(),
  token: z.string(),
  default: z.boolean(),
  unlimited: z.boolean(),
  uses_remaining: z.number(),
  expiration: z.string(),
  networks: stringList,
  tags: stringList,
  gateway_id: z.optional(z.nullable(z.string())),
  auto_egress: z.optional(z.boolean()),
  auto_assign_gateway: z.optional(z.boolean()),
  type: responseKeyTypeSchema,
  created_by: z.optional(z.nullable(z.string())),
  created_at: z.optional(z.nullable(z.string())),
  updated_at: z.optional(z.nullable(z.string())),
})
export type SchemaEnrollmentKey = z.infer<typeof schemaEnrollmentKeySchema>

/**
 * The key's type: the server's `type` when it is one of 0–3, else what the server's rule for new keys
 * makes of the facts (uses left → limited; an expiration → time-bound; unlimited → unlimited).
 */
export function keyTypeOf(
  type: number,
  facts: { usesRemaining: number; expiresAt: Date | null; unlimited: boolean },
): KeyType {
  const known = KEY_TYPES[type]
  if (known) return known
  if (facts.usesRemaining > 0) return 'limited'
  if (facts.expiresAt) return 'time-bound'
  if (facts.unlimited) return 'unlimited'
  return 'invalid'
}

export function keyTypeToWire(type: KeyType): WireKeyType {
  return KEY_TYPES.indexOf(type) as WireKeyType
}

/** Go zero time, empty or unparseable → null. */
export function parseWireDate(value: string | null | undefined): Date | null {
  if (!value || value.startsWith('0001-01-01')) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() <= 1) return null
  return date
}

function gatewayOrNull(value: string | null | undefined): string | null {
  if (!value || value === NIL_UUID) return null
  return value
}

/** The one domain shape the UI sees, whatever the server sent. */
export const enrollmentKeyDomainSchema = z.object({
  /** The key's `value`: its id in URLs. Secret-adjacent: never put it in a browser URL or a log. */
  id: z.string(),
  name: z.string(),
  token: z.string(),
  networks: z.array(z.string()),
  type: keyTypeSchema,
  usesRemaining: z.number(),
  expiresAt: z.nullable(z.date()),
  unlimited: z.boolean(),
  gatewayId: z.nullable(z.string()),
  /** Node tag ids, like "<network>.<tag>". */
  tags: z.array(z.string()),
  isDefault: z.boolean(),
  autoAssignGateway: z.boolean(),
  autoEgress: z.boolean(),
  /** The key's uuid (newest line, schema shape only). */
  uuid: z.nullable(z.string()),
  createdBy: z.nullable(z.string()),
  createdAt: z.nullable(z.date()),
  updatedAt: z.nullable(z.date()),
})
export type EnrollmentKey = z.infer<typeof enrollmentKeyDomainSchema>

export function fromLegacy(key: LegacyEnrollmentKey): EnrollmentKey {
  return {
    id: key.value,
    name: key.tags[0] ?? '',
    token: key.token,
    networks: key.networks,
    type: keyTypeOf(key.type, {
      usesRemaining: key.uses_remaining,
      expiresAt: parseWireDate(key.expiration),
      unlimited: key.unlimited,
    }),
    usesRemaining: key.uses_remaining,
    expiresAt: parseWireDate(key.expiration),
    unlimited: key.unlimited,
    gatewayId: gatewayOrNull(key.relay),
    tags: key.groups,
    isDefault: key.default ?? false,
    autoAssignGateway: key.auto_assign_gw ?? false,
    autoEgress: key.auto_egress ?? false,
    uuid: null,
    createdBy: null,
    createdAt: null,
    updatedAt: null,
  }
}

export function fromSchemaShape(key: SchemaEnrollmentKey): EnrollmentKey {
  return {
    id: key.value,
    name: key.name,
    token: key.token,
    networks: key.networks,
    type: keyTypeOf(key.type, {
      usesRemaining: key.uses_remaining,
      expiresAt: parseWireDate(key.expiration),
      unlimited: key.unlimited,
    }),
    usesRemaining: key.uses_remaining,
    expiresAt: parseWireDate(key.expiration),
    unlimited: key.unlimited,
    gatewayId: gatewayOrNull(key.gateway_id),
    tags: key.tags,
    isDefault: key.default,
    autoAssignGateway: key.auto_assign_gateway ?? false,
    autoEgress: key.auto_egress ?? false,
    uuid: key.id || null,
    createdBy: key.created_by || null,
    createdAt: parseWireDate(key.created_at),
    updatedAt: parseWireDate(key.updated_at),
  }
}

/**
 * Either shape, normalised. The schema shape is recognised by `name`, `id` and `gateway_id`-style
 * fields; everything else is read as the legacy shape.
 */
const fromSchemaShapeSchema = z.pipe(schemaEnrollmentKeySchema, z.transform(fromSchemaShape))

export const enrollmentKeySchema = z.union([
  fromSchemaShapeSchema,
  z.pipe(legacyEnrollmentKeySchema, z.transform(fromLegacy)),
])

/**
 * The list answers the legacy shape, so it is tried first (10,000 keys parse in a fraction of the
 * time). An item carrying `name` is not legacy: the guard refuses it and it is read as the schema shape,
 * so `tags` is never mistaken for the name.
 */
export const enrollmentKeyListSchema = z.array(
  z.union([
    z.pipe(z.extend(legacyEnrollmentKeySchema, { name: z.optional(z.undefined()) }), z.transform(fromLegacy)),
    fromSchemaShapeSchema,
  ]),
)

/** Body of create (`APIEnrollmentKey`). */
export const createEnrollmentKeyBodySchema = z.object({
  tags: z.array(z.string()),
  networks: z.array(z.string()),
  type: z.optional(wireKeyTypeSchema),
  uses_remaining: z.int(),
  /** Unix seconds; 0 = none. */
  expiration: z.int(),
  unlimited: z.boolean(),
  relay: z.string(),
  groups: z.array(z.string()),
  default: z.optional(z.boolean()),
  auto_egress: z.optional(z.boolean()),
  auto_assign_gw: z.boolean(),
})
export type CreateEnrollmentKeyBody = z.infer<typeof createEnrollmentKeyBodySchema>

/** Body of update: the server replaces exactly these, so all of them are always sent. */
export const updateEnrollmentKeyBodySchema = z.object({
  relay: z.string(),
  groups: z.array(z.string()),
  auto_assign_gw: z.boolean(),
  default: z.boolean(),
})
export type UpdateEnrollmentKeyBody = z.infer<typeof updateEnrollmentKeyBodySchema>

/** Decoded token payload. */
export const enrollmentTokenSchema = z.object({ server: z.string(), value: z.string() })
