import { HttpResponse } from 'msw'
import * as z from 'zod/mini'

import {
  createEnrollmentKeyBodySchema,
  NIL_UUID,
  updateEnrollmentKeyBodySchema,
  type WireKeyType,
  ZERO_TIME,
} from '@/api/enrollment-keys/schemas'

import { dbRng, getDb, saveDb } from '../db'
import { generationAtLeast, hasScenario, LIST_ERROR_MESSAGE } from '../scenarios'
import {
  type DbKey,
  expirationDate,
  goTimeString,
  isUsable,
  makeUuid,
  makeValue,
  rfc3339,
  toLegacy,
  toSchemaShape,
  usable,
} from '../wire'
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

/** The key in the shape the active server generation answers mutations with (schema shape from v1.7). */
function shaped(key: DbKey): Response {
  return HttpResponse.json(generationAtLeast('v1.8') ? toSchemaShape(key) : toLegacy(key))
}

/**
 * What a real server does when a handler panics (it indexes the key's name, `tags[0]`, for its event log,
 * after the work is done): the connection is dropped without an answer.
 */
function droppedConnection(): Response {
  return HttpResponse.error()
}

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

export function findKey(value: string): DbKey | undefined {
  return getDb().keys.find((key) => key.value === value)
}

/** go-playground/validator counts a string's length in characters (runes), not bytes. */
function characterLength(text: string): number {
  return [...text].length
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
  // v1.6+ look nodes up in SQL: gorm's "record not found"
  if (!node) return generationAtLeast('v1.6') ? 'record not found' : 'no result found'
  if (!networks.includes(node.network)) return "relay node not in key's networks"
  if (!node.isrelay) return 'relay node is not a relay'
  return null
}

// The mock's own copy of the server's default takeover (the console's is networksTakenOver), kept apart to check it.
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

// The mock's own copy of the server's name limits (the console's are NAME_MIN and NAME_MAX).
const NAME_MIN = 3
const NAME_MAX = 32

/** The validator's own error, wrapped by the server: `field` is `Tags` or `Tags[i]`, `tag` the rule that failed. */
function validationError(field: string, tag: 'required' | 'min' | 'max'): Response {
  return apiError(
    400,
    `validation error: name length must be between ${NAME_MIN} and ${NAME_MAX}: Key: 'APIEnrollmentKey.${field}' Error:Field validation for '${field}' failed on the '${tag}' tag`,
  )
}

/** The server's validity refusal, with the values as it stored them. */
function notValid(key: Pick<DbKey, 'uses_remaining' | 'expiration' | 'unlimited'>): Response {
  return apiError(
    500,
    `enrollment key is not valid: uses remaining: ${key.uses_remaining}, expiration: ${goTimeString(expirationDate(key))}, unlimited: ${key.unlimited}`,
  )
}

export const enrollmentKeyHandlers = [
  route('get', BASE, () => {
    if (hasScenario('error')) return apiError(500, LIST_ERROR_MESSAGE)
    const keys = getDb().keys.map(toLegacy)
    return HttpResponse.json(hasScenario('hostile') ? keys.map(oddities) : keys)
  }),

  route(
    'get',
    `${BASE}/network/:network/default`,
    ({ params }) => {
      const network = param(params, 'network')
      if (!getDb().networks.some((candidate) => candidate.netid === network)) return apiError(400, 'network not found')
      const key = getDb().keys.find((candidate) => candidate.default && candidate.networks.includes(network))
      if (!key) return apiError(400, 'no enrollmentkey found')
      return shaped(key)
    },
    { missing: isV15 },
  ),

  // The router has this path for PUT and DELETE only: a GET is "405 Method Not Allowed" with no body.
  route('get', `${BASE}/:value`, () => new HttpResponse(null, { status: 405 }), { auth: false, flaky: false }),

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

      // 2. names: `tags` is required (an empty list passes), each NAME_MIN–NAME_MAX characters
      const tags = body.tags
      if (!tags) return validationError('Tags', 'required')
      for (const [index, tag] of tags.entries()) {
        const length = characterLength(tag)
        if (length < NAME_MIN) return validationError(`Tags[${index}]`, 'min')
        if (length > NAME_MAX) return validationError(`Tags[${index}]`, 'max')
      }

      // 3. uniqueness: up to v1.6 against key names, from v1.7 against the networks keys use
      const taken = new Set<string>()
      for (const key of db.keys) {
        if (generationAtLeast('v1.8')) for (const network of key.networks) taken.add(network)
        else taken.add(key.name)
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
      if (!usable(uses, expiration, unlimited, now)) {
        return notValid({ uses_remaining: 0, expiration: expiration ? rfc3339(expiration) : ZERO_TIME, unlimited })
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
        // create keeps auto-assign as sent, even with a gateway (update clears it)
        auto_assign_gateway: body.auto_assign_gw ?? false,
        type,
        created_by: user,
        created_at: stamp,
        updated_at: stamp,
      }
      db.keys.push(key)
      if (wantsDefault) makeDefault(key, stamp)
      saveDb()
      if (tags.length === 0) return droppedConnection()
      return shaped(key)
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

    const stamp = rfc3339(new Date())
    const wantsDefault = generationAtLeast('v1.6') && body.default === true
    if (wantsDefault && !key.default && key.networks.length === 0 && (body.groups ?? []).length === 0) {
      return apiError(500, 'default enrollment keys require at least one network or tag')
    }
    // Replace semantics: what is omitted is cleared (an omitted `groups` becomes null).
    key.gateway_id = relay.id
    key.tags = body.groups ? [...body.groups] : null
    key.auto_assign_gateway = relay.id ? false : (body.auto_assign_gw ?? false)
    if (generationAtLeast('v1.6')) {
      if (wantsDefault && !key.default) makeDefault(key, stamp)
      else if (!wantsDefault) key.default = false
    }
    key.updated_at = stamp
    saveDb()
    if (key.name === '') return droppedConnection()
    return shaped(key)
  }),

  route(
    'post',
    `${BASE}/:value/regenerate-token`,
    ({ params }) => {
      const key = findKey(param(params, 'value'))
      if (!key) return apiError(400, 'no enrollmentkey found')
      // The server re-validates the key before giving it a new value: an unusable key is refused.
      if (!isUsable(key)) return notValid(key)
      // A new value (and so a new token); the uuid (`id`, v1.7+) stays.
      key.value = makeValue(dbRng())
      key.updated_at = rfc3339(new Date())
      saveDb()
      return shaped(key)
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
    if (key.name === '') return droppedConnection()
    return new HttpResponse(null, { status: 200 })
  }),
]
