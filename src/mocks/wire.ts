import type * as z from 'zod/mini'

import {
  type legacyEnrollmentKeySchema,
  NIL_UUID,
  type SchemaEnrollmentKey,
  type schemaEnrollmentKeySchema,
  ZERO_TIME,
} from '@/api/enrollment-keys/schemas'

/** The API host the mock's tokens name. */
export const API_HOST = 'api.netmaker.demo'
/** Who Netmaker says did something when the master key was used. */
export const MASTER_USER = 'masteradministrator'

/**
 * The demo's users, with their Netmaker platform roles: the super admin, and an auditor (Netmaker's
 * read-only role) whose every write gets 403.
 */
export const DEMO_USERS = [
  { username: 'admin', password: 'netmaker-demo', platformRole: 'super-admin' },
  { username: 'viewer', password: 'netmaker-demo', platformRole: 'auditor' },
] as const

export type DemoUser = (typeof DEMO_USERS)[number]

export function demoUser(username: string): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.username === username)
}

/** Whether this signed-in user may only read (a write answers 403 "access denied"). */
export function isReadOnlyUser(username: string): boolean {
  return demoUser(username)?.platformRole === 'auditor'
}

/** A user as `GET /api/users/{username}` answers (`models.ReturnUser`). */
export function toReturnUser(user: DemoUser) {
  const superAdmin = user.platformRole === 'super-admin'
  return {
    username: user.username,
    isadmin: superAdmin,
    issuperadmin: superAdmin,
    auth_type: 'basic_auth',
    remote_gw_ids: null,
    user_group_ids: {},
    platform_role_id: user.platformRole,
    network_roles: {},
    last_login_time: '0001-01-01T00:00:00Z',
  }
}

/**
 * A stored enrollment key: the newest line's schema shape with every optional field filled in, minus the
 * token (computed from the value on every response).
 */
export type DbKey = Omit<Required<Omit<SchemaEnrollmentKey, 'token'>>, 'tags' | 'tenant_id'> & {
  /** Node tags; null once an update omitted them (and, on v1.8, on a network's auto-created key). */
  tags: string[] | null
}

/** The legacy key as it goes on the wire (lists may be null, as Go marshals a nil slice). */
export type WireLegacyKey = z.input<typeof legacyEnrollmentKeySchema>

/** Small deterministic PRNG (mulberry32); `state` is what gets persisted. */
export class Rng {
  state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive)
  }

  /** 32 random bits as an unsigned integer. */
  bits(): number {
    return Math.floor(this.next() * 4294967296) >>> 0
  }
}

const VALUE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const HEX = '0123456789abcdef'
const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/** A key value: 32 characters of A–Z and 2–7, like Netmaker's. */
export function makeValue(rng: Rng): string {
  let out = ''
  while (out.length < 32) {
    // six 5-bit characters per 32 random bits
    let bits = rng.bits()
    for (let i = 0; i < 6 && out.length < 32; i++, bits >>>= 5) out += VALUE_ALPHABET.charAt(bits & 31)
  }
  return out
}

/** A version-4-looking uuid drawn from the PRNG. */
export function makeUuid(rng: Rng): string {
  let hex = ''
  for (let i = 0; i < 4; i++) {
    const bits = rng.bits()
    hex += `${BYTE_HEX[bits >>> 24]}${BYTE_HEX[(bits >>> 16) & 255]}${BYTE_HEX[(bits >>> 8) & 255]}${BYTE_HEX[bits & 255]}`
  }
  const variant = HEX.charAt(8 + rng.int(4))
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** Standard base64 (with padding) of `{"server":…,"value":…}`, as Netmaker computes it. */
export function tokenFor(value: string): string {
  return btoa(JSON.stringify({ server: API_HOST, value }))
}

// The mock's own copy of the server's token decoding (Go's standard base64 only), not the console's decodeToken.
/** The key value inside a token, or null when the token is not one of ours. */
export function valueFromToken(token: string): string | null {
  try {
    const decoded: unknown = JSON.parse(atob(token))
    if (decoded && typeof decoded === 'object' && 'value' in decoded && typeof decoded.value === 'string') {
      return decoded.value
    }
  } catch {
    // not base64 JSON
  }
  return null
}

/** RFC 3339 without fractional seconds, as Go marshals a time.Time. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * A time as v1.7+ servers answer it from SQL: nanoseconds (the mock's milliseconds, padded with a fixed
 * sub-millisecond part so the string has Go's nine digits).
 */
export function rfc3339Nano(stamp: string | null): string {
  if (!stamp) return ZERO_TIME
  const date = new Date(stamp)
  if (Number.isNaN(date.getTime()) || stamp.startsWith('0001-01-01')) return stamp
  return date.toISOString().replace(/Z$/, '482913Z')
}

/** Go's `time.Time.String()` in UTC, used in the server's error messages. */
export function goTimeString(date: Date | null): string {
  if (!date) return '0001-01-01 00:00:00 +0000 UTC'
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`
}

export function expirationDate(key: Pick<DbKey, 'expiration'>): Date | null {
  if (!key.expiration || key.expiration === ZERO_TIME || key.expiration.startsWith('0001-01-01')) return null
  const date = new Date(key.expiration)
  return Number.isNaN(date.getTime()) ? null : date
}

// The mock's own copy of the server's validity rule (the console's is isKeyUsable): it checks the console's.
/** The server's validity rule: uses left, or a future expiration, or unlimited. */
export function usable(uses: number, expires: Date | null, unlimited: boolean, now: Date = new Date()): boolean {
  if (uses > 0) return true
  if (expires && expires.getTime() > now.getTime()) return true
  return unlimited
}

/** Whether a stored key passes the validity rule. */
export function isUsable(key: DbKey, now: Date = new Date()): boolean {
  return usable(key.uses_remaining, expirationDate(key), key.unlimited, now)
}

/** The key as the list (and every route before v1.7) returns it. */
export function toLegacy(key: DbKey): WireLegacyKey {
  return {
    value: key.value,
    tags: [key.name],
    token: tokenFor(key.value),
    networks: [...key.networks],
    type: key.type,
    uses_remaining: key.uses_remaining,
    expiration: key.expiration,
    unlimited: key.unlimited,
    relay: key.gateway_id ?? NIL_UUID,
    groups: key.tags === null ? null : [...key.tags],
    default: key.default,
    auto_egress: key.auto_egress,
    auto_assign_gw: key.auto_assign_gateway,
  }
}

/**
 * The key as v1.7+ mutations return it: `tenant_id` and `created_by` always "" on a self-hosted server,
 * times with nanoseconds, `tags` null where the server never set them.
 */
export function toSchemaShape(key: DbKey): z.input<typeof schemaEnrollmentKeySchema> {
  return {
    ...key,
    networks: [...key.networks],
    tags: key.tags === null ? null : [...key.tags],
    token: tokenFor(key.value),
    tenant_id: '',
    created_by: '',
    created_at: rfc3339Nano(key.created_at),
    updated_at: rfc3339Nano(key.updated_at),
  }
}

/** A stored key from a parsed schema-shape record (fills in optional fields). */
export function toDbKey(key: Omit<SchemaEnrollmentKey, 'token'>): DbKey {
  return {
    ...key,
    gateway_id: key.gateway_id ?? null,
    auto_egress: key.auto_egress ?? false,
    auto_assign_gateway: key.auto_assign_gateway ?? false,
    created_by: key.created_by ?? null,
    created_at: key.created_at ?? null,
    updated_at: key.updated_at ?? null,
  }
}
