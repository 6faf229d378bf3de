import * as z from 'zod/mini'
import {
  createEnrollmentKeyBodySchema,
  NIL_UUID,
  updateEnrollmentKeyBodySchema,
  type SchemaEnrollmentKey,
  type LegacyEnrollmentKey,
  type WireKeyType,
  ZERO_TIME,
} from '@/api/enrollment-keys/schemas'
import { HttpResponse } from 'msw'
import { dbRng, getDb, saveDb } from '../db'
import { hasScenario, LIST_ERROR_MESSAGE } from '../scenarios'
import { goTimeString, makeValue, makeUuid, rfc3339, toLegacy, toSchemaShape, type DbKey } from '../wire'
import { apiError, decodeStruct, param, readJson, route } from './http'

const BASE = '/api/v1/enrollment-keys'

/** Go types of `models.APIEnrollmentKey`, for the decoder's messages. */
const GO_TYPES: Record<string, string> = {
  tags: '[]string',
  networks: '[]string',
  type: 'models.KeyType',
  uses_remaining: 'int',
  expiration: 'int64',
  unlimited: 'bool',
  relay: 'string',
  groups: '[]string',
  default: 'bool',
  auto_egress: 'bool',
  auto_assign_gw: 'bool',
}

// The server fills missing fields with zero values: every field is optional on the wire.
const createBody = z.partial(createEnrollmentKeyBodySchema)
const updateBody = z.partial(updateEnrollmentKeyBodySchema)

const isV15 = () => hasScenario('v1.5')

/**
 * The `hostile` scenario's list: every key carries fields the console does not know, and some carry a
 * `type` it does not know or `null` where a list is expected (as a newer or older server might).
 */
function oddities(key: ReturnType<typeof toLegacy>, index: number): Record<string, unknown> {
  const odd: Record<string, unknown> = {
    ...key,
    future_field: { nested: ['<i>x</i>'] },
    ['<img src=x onerror="window.__pwned = \'field\'">']: true,
  }
  if (index % 3 === 0) odd.type = 7
  if (index % 4 === 1) odd.groups = null
  if (index === 2) odd.tags = null
  return odd
}

/** The key in the shape the active server generation answers mutations with. */
function shaped(key: DbKey): SchemaEnrollmentKey | LegacyEnrollmentKey {
  return isV15() ? toLegacy(key) : toSchemaShape(key)
}

export function findKey(value: string): DbKey | undefined {
  return getDb().keys.find((key) => key.value === value)
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** `uuid.Parse` of the relay field: the relay id, null for none, or the parser's error. */
function parseRelay(relay: string | undefined): { ok: true; id: string | null } | { ok: false; message: string } {
  if (!relay) return { ok: true, id: null }
  if (relay.length !== 36) return { ok: false, message: `invalid UUID length: ${relay.length}` }
  if (!UUID_PATTERN.test(relay)) return { ok: false, message: 'invalid UUID format' }
  const id = relay.toLowerCase()
  return { ok: true, id: id === NIL_UUID ? null : id }
}

/** The server's relay checks (500s), or null when the relay may be used with these networks. */
function relayProblem(relayId: string, networks: readonly string[]): string | null {
  const node = getDb().nodes.find((candidate) => candidate.id === relayId)
  if (!node) return 'no result found'
  if (!networks.includes(node.network)) return "relay node not in key's networks"
  if (!node.isrelay) return 'relay node is not a relay'
  return null
}

/** Make `key` its networks' default: every other default key covering any of them stops being one. */
function makeDefault(key: DbKey, now: string): void {
  key.default = true
  for (const other of getDb().keys) {
    if (other === key || !other.default) continue
    if (other.networks.some((network) => key.networks.includes(network))) {
      other.default = false
      other.updated_at = now
    }
  }
}

/** `type` is any int to Go (and ignored by create): only a non-integer is a decoding error. */
function withoutIntegerType(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('type' in value)) return value
  if (!Number.isInteger(value.type)) return value
  return Object.fromEntries(Object.entries(value).filter(([field]) => field !== 'type'))
}

function validationError(name: string): Response {
  return apiError(400, `validation error: name length must be between 3 and 32: "${name}"`)
}

export const enrollmentKeyHandlers = [
  route('get', BASE, () => {
    if (hasScenario('error')) return apiError(500, LIST_ERROR_MESSAGE)
    const keys = getDb().keys.map(toLegacy)
    return HttpResponse.json(hasScenario('hostile') ? keys.map(oddities) : keys)
  }),

  route(
    'get',
    `${BASE}/default`,
    ({ request }) => {
      const network = new URL(request.url).searchParams.get('network') ?? ''
      const key = getDb().keys.find((candidate) => candidate.default && candidate.networks.includes(network))
      if (!key) return apiError(400, 'no default key found')
      return HttpResponse.json(shaped(key))
    },
    { missing: isV15 },
  ),

  route(
    'post',
    BASE,
    async ({ request, user }) => {
      // 1. decode
      const json = await readJson(request)
      if (!json.ok) return apiError(400, json.message)
      const decoded = decodeStruct(withoutIntegerType(json.value), createBody, GO_TYPES, 'APIEnrollmentKey')
      if (!decoded.ok) return apiError(400, decoded.message)
      const body = decoded.value
      const v15 = isV15()
      const db = getDb()

      // 2. names
      const tags = body.tags
      if (!tags || tags.length === 0) return validationError('')
      for (const tag of tags) {
        const length = byteLength(tag)
        if (length < 3 || length > 32) return validationError(tag)
      }

      // 3. uniqueness: v1.5 compares with key names, the newest line with the networks keys use
      const taken = new Set<string>()
      for (const key of db.keys) {
        if (v15) taken.add(key.name)
        else for (const network of key.networks) taken.add(network)
      }
      if (tags.some((tag) => taken.has(tag))) return apiError(400, 'key names must be unique')

      // 4. default needs a network
      const networks = body.networks ?? []
      const wantsDefault = !v15 && body.default === true
      if (wantsDefault && networks.length === 0) {
        return apiError(400, 'default enrollment keys require at least one network or tag')
      }

      // 5. relay format
      const relay = parseRelay(body.relay)
      if (!relay.ok) return apiError(400, relay.message)

      // 6. the type the server picks, and validity
      const uses = body.uses_remaining ?? 0
      const expirationSeconds = body.expiration ?? 0
      const unlimited = body.unlimited ?? false
      const type: WireKeyType = uses > 0 ? 2 : expirationSeconds > 0 ? 1 : unlimited ? 3 : 0
      const expiration = type !== 2 && expirationSeconds > 0 ? new Date(expirationSeconds * 1000) : null
      const now = new Date()
      const usable = uses > 0 || (expiration !== null && expiration.getTime() > now.getTime()) || unlimited
      if (!usable) {
        return apiError(
          500,
          `enrollment key is not valid: uses remaining: ${uses}, expiration: ${goTimeString(expiration)}, unlimited: ${unlimited}`,
        )
      }

      // 7. relay rules
      if (relay.id) {
        const problem = relayProblem(relay.id, networks)
        if (problem) return apiError(500, problem)
      }

      // 8. save
      const rng = dbRng()
      const value = makeValue(rng)
      const stamp = rfc3339(now)
      const key: DbKey = {
        id: makeUuid(rng),
        name: tags[0] ?? '',
        value,
        default: false,
        unlimited,
        uses_remaining: type === 2 ? uses : 0,
        expiration: expiration ? rfc3339(expiration) : ZERO_TIME,
        networks: [...networks],
        tags: [...(body.groups ?? [])],
        gateway_id: relay.id,
        auto_egress: body.auto_egress ?? false,
        auto_assign_gateway: relay.id ? false : (body.auto_assign_gw ?? false),
        type,
        created_by: user,
        created_at: stamp,
        updated_at: stamp,
      }
      db.keys.push(key)
      if (wantsDefault) makeDefault(key, stamp)
      saveDb()
      return HttpResponse.json(shaped(key))
    },
    { failsAfterSave: () => hasScenario('create-fails-after-save') },
  ),

  route('put', `${BASE}/:value`, async ({ request, params }) => {
    const json = await readJson(request)
    if (!json.ok) return apiError(400, json.message)
    const decoded = decodeStruct(json.value, updateBody, GO_TYPES, 'APIEnrollmentKey')
    if (!decoded.ok) return apiError(400, decoded.message)
    const body = decoded.value

    const relay = parseRelay(body.relay)
    if (!relay.ok) return apiError(400, relay.message)

    const key = findKey(param(params, 'value'))
    if (!key) return apiError(500, 'no enrollmentkey found')

    if (relay.id) {
      const problem = relayProblem(relay.id, key.networks)
      if (problem) return apiError(500, problem)
    }

    // Replace semantics: what is omitted is cleared.
    const stamp = rfc3339(new Date())
    key.gateway_id = relay.id
    key.tags = [...(body.groups ?? [])]
    key.auto_assign_gateway = relay.id ? false : (body.auto_assign_gw ?? false)
    if (!isV15()) {
      if (body.default === true && !key.default) makeDefault(key, stamp)
      else if (body.default !== true) key.default = false
    }
    key.updated_at = stamp
    saveDb()
    return HttpResponse.json(shaped(key))
  }),

  route(
    'post',
    `${BASE}/:value/regenerate-token`,
    ({ params }) => {
      const key = findKey(param(params, 'value'))
      if (!key) return apiError(400, 'no enrollmentkey found')
      key.value = makeValue(dbRng())
      key.updated_at = rfc3339(new Date())
      saveDb()
      return HttpResponse.json(shaped(key))
    },
    { missing: isV15 },
  ),

  route('delete', `${BASE}/:value`, ({ params }) => {
    const db = getDb()
    const key = findKey(param(params, 'value'))
    if (!key) return apiError(400, 'no enrollmentkey found')
    if (key.default) return apiError(500, 'cannot delete default network key')
    db.keys = db.keys.filter((candidate) => candidate !== key)
    saveDb()
    return new HttpResponse(null, { status: 200 })
  }),
]
