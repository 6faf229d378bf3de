/**
 * The Netmaker API contract, as one list of requests and expectations run against every target: the mock
 * in each generation mode and each real server. Expectations differ only by generation; where they do,
 * docs/netmaker-api.md says which generation does what. Random values (values, tokens, ids, times) are
 * compared by shape.
 */
import { describe, expect, it } from 'vitest'

import { hostRegistration } from '../../scripts/netmaker-server.mjs'
import { type Answer, atLeast, call, type CallOptions, type Target, uniqueName } from './target'

type Json = Record<string, unknown>

const VALUE = /^[A-Z2-7]{32}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/
const ZERO_TIME = '0001-01-01T00:00:00Z'
const NIL_UUID = '00000000-0000-0000-0000-000000000000'

/** Every field of the legacy key shape (the list, and every route before v1.7), with its JSON type. */
const LEGACY_FIELDS: Record<string, string> = {
  value: 'string',
  tags: 'array',
  token: 'string',
  networks: 'array',
  type: 'number',
  uses_remaining: 'number',
  expiration: 'string',
  unlimited: 'boolean',
  relay: 'string',
  // null once an update was sent without groups
  groups: 'array|null',
  default: 'boolean',
  auto_egress: 'boolean',
  auto_assign_gw: 'boolean',
}

/** Every field of the schema key shape (v1.7+ create, update, regenerate and get-default). */
const SCHEMA_FIELDS: Record<string, string> = {
  id: 'string',
  name: 'string',
  value: 'string',
  token: 'string',
  default: 'boolean',
  unlimited: 'boolean',
  uses_remaining: 'number',
  expiration: 'string',
  networks: 'array|null',
  tags: 'array|null',
  gateway_id: 'string|null',
  auto_egress: 'boolean',
  auto_assign_gateway: 'boolean',
  type: 'number',
  tenant_id: 'string',
  created_by: 'string',
  created_at: 'string',
  updated_at: 'string',
}

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function asObject(value: unknown): Json {
  expect(jsonType(value)).toBe('object')
  return value as Json
}

/** The exact field set and each field's JSON type. */
function expectFields(value: unknown, fields: Record<string, string>): Json {
  const object = asObject(value)
  expect(Object.keys(object).sort()).toEqual(Object.keys(fields).sort())
  for (const [field, types] of Object.entries(fields)) {
    expect({ field, type: jsonType(object[field]) }).toEqual({
      field,
      type: expect.toSatisfy((t: string) => types.split('|').includes(t)),
    })
  }
  return object
}

function decodeToken(token: unknown): Json {
  expect(typeof token).toBe('string')
  return asObject(JSON.parse(Buffer.from(String(token), 'base64').toString('utf8')))
}

/** A key in the legacy shape, checked field by field; random parts by shape. */
function expectLegacyKey(value: unknown): Json {
  const key = expectFields(value, LEGACY_FIELDS)
  expect(key.value).toMatch(VALUE)
  expect(key.expiration).toMatch(RFC3339)
  expect(key.relay === NIL_UUID || UUID.test(String(key.relay))).toBe(true)
  const token = decodeToken(key.token)
  expect(Object.keys(token).sort()).toEqual(['server', 'value'])
  expect(token.value).toBe(key.value)
  expect(String(token.server)).not.toBe('')
  return key
}

function expectSchemaKey(value: unknown): Json {
  const key = expectFields(value, SCHEMA_FIELDS)
  expect(key.id).toMatch(UUID)
  expect(key.value).toMatch(VALUE)
  expect(key.created_by).toBe('')
  for (const field of ['expiration', 'created_at', 'updated_at']) expect(key[field]).toMatch(RFC3339)
  expect(decodeToken(key.token).value).toBe(key.value)
  return key
}

/** The key as this generation's mutations answer it, reduced to the facts every shape has. */
type KeyFacts = {
  value: string
  name: string
  networks: string[]
  type: number
  usesRemaining: number
  expiration: string
  unlimited: boolean
  gateway: string | null
  groups: string[]
  isDefault: boolean
  autoAssign: boolean
  token: string
  uuid: string | null
}

function mutationKey(target: Target, value: unknown): KeyFacts {
  if (atLeast(target, 'v1.8')) {
    const key = expectSchemaKey(value)
    return {
      value: String(key.value),
      name: String(key.name),
      networks: (key.networks as string[] | null) ?? [],
      type: Number(key.type),
      usesRemaining: Number(key.uses_remaining),
      expiration: String(key.expiration),
      unlimited: Boolean(key.unlimited),
      gateway: key.gateway_id === null || key.gateway_id === NIL_UUID ? null : String(key.gateway_id),
      groups: (key.tags as string[] | null) ?? [],
      isDefault: Boolean(key.default),
      autoAssign: Boolean(key.auto_assign_gateway),
      token: String(key.token),
      uuid: String(key.id),
    }
  }
  return legacyFacts(expectLegacyKey(value))
}

function legacyFacts(key: Json): KeyFacts {
  return {
    value: String(key.value),
    name: (key.tags as string[])[0] ?? '',
    networks: key.networks as string[],
    type: Number(key.type),
    usesRemaining: Number(key.uses_remaining),
    expiration: String(key.expiration),
    unlimited: Boolean(key.unlimited),
    gateway: key.relay === NIL_UUID ? null : String(key.relay),
    groups: (key.groups as string[] | null) ?? [],
    isDefault: Boolean(key.default),
    autoAssign: Boolean(key.auto_assign_gw),
    token: String(key.token),
    uuid: null,
  }
}

function expectError(answer: Answer, status: number, message: string | RegExp): void {
  expect({ status: answer.status, json: answer.json }).toEqual({
    status,
    json: {
      Code: status,
      Message: typeof message === 'string' ? message : expect.stringMatching(message),
      Response: null,
    },
  })
  expect(answer.contentType).toContain('application/json')
}

/** Go's router for a path it does not have: plain text. */
function expectNoRoute(answer: Answer): void {
  expect({ status: answer.status, text: answer.text }).toEqual({ status: 404, text: '404 page not found\n' })
  expect(answer.contentType).toContain('text/plain')
}

const BASE = '/api/v1/enrollment-keys'

/** The create body the console sends, with every field; `overrides` changes some. */
function keyBody(overrides: Json): Json {
  return {
    tags: [uniqueName('key')],
    networks: [],
    type: 0,
    uses_remaining: 0,
    expiration: 0,
    unlimited: false,
    relay: '',
    groups: [],
    auto_assign_gw: false,
    ...overrides,
  }
}

let networkCounter = 0

/**
 * Defines the whole contract for one target. `getTarget` is called inside the tests (the target is made in
 * `beforeAll`).
 */
export function defineContract(getTarget: () => Target): void {
  const t = () => getTarget()
  const send = (method: string, path: string, options?: CallOptions) => call(t(), method, path, options)

  async function newNetwork(): Promise<string> {
    networkCounter += 1
    const netid = uniqueName('n')
      .replace(/[^a-z0-9-]/g, '')
      .slice(0, 12)
    const answer = await send('POST', '/api/networks', {
      body: { netid, addressrange: `172.16.${networkCounter}.0/24` },
    })
    expect(answer.status).toBe(200)
    return netid
  }

  async function createKey(overrides: Json): Promise<KeyFacts> {
    const answer = await send('POST', BASE, { body: keyBody(overrides) })
    expect(answer.status, answer.text).toBe(200)
    return mutationKey(t(), answer.json)
  }

  async function listKeys(): Promise<KeyFacts[]> {
    const answer = await send('GET', BASE)
    expect(answer.status).toBe(200)
    expect(Array.isArray(answer.json)).toBe(true)
    return (answer.json as unknown[]).map((item) => legacyFacts(expectLegacyKey(item)))
  }

  async function listed(value: string): Promise<KeyFacts | undefined> {
    return (await listKeys()).find((key) => key.value === value)
  }

  async function register(token: string, name = uniqueName('host')): Promise<Answer> {
    return send('POST', `/api/v1/host/register/${encodeURIComponent(token)}`, {
      token: null,
      body: hostRegistration(name),
    })
  }

  async function nodes(): Promise<{ id: string; network: string; isrelay: boolean }[]> {
    const answer = await send('GET', '/api/nodes')
    expect(answer.status).toBe(200)
    return answer.json as { id: string; network: string; isrelay: boolean }[]
  }

  describe('server status and auth', () => {
    it('reports its generation without auth', async () => {
      const answer = await send('GET', '/api/server/status', { token: null })
      expect(answer.status).toBe(200)
      const status = asObject(answer.json)
      expect(status.version).toMatch(new RegExp(`^${t().generation.replace('.', '\\.')}\\.\\d+$`))
      expect(typeof status.is_pro).toBe('boolean')
      expect(typeof status.db_connected).toBe('boolean')
    })

    it('answers 401 "unauthorized" without a token or with a wrong one', async () => {
      expectError(await send('GET', BASE, { token: null }), 401, 'unauthorized')
      expectError(await send('GET', BASE, { token: 'not-a-key' }), 401, 'unauthorized')
      expectError(await send('POST', BASE, { token: null, body: keyBody({ unlimited: true }) }), 401, 'unauthorized')
      expectError(await send('DELETE', `${BASE}/${'A'.repeat(32)}`, { token: 'nope' }), 401, 'unauthorized')
    })

    it('signs the super admin in with a JWT that works as a bearer token', async () => {
      const { username, password } = t().admin
      const headers = { 'X-Forwarded-For': `192.0.2.${(networkCounter % 200) + 1}` }
      const answer = await send('POST', '/api/users/adm/authenticate', {
        token: null,
        headers,
        body: { username, password },
      })
      expect(answer.status).toBe(200)
      const body = asObject(answer.json)
      expect(body.Code).toBe(200)
      expect(body.Message).toBe(`W1R3: Device ${username} Authorized`)
      const response = asObject(body.Response)
      expect(response.UserName).toBe(username)
      expect(response.AuthToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
      expect((await send('GET', BASE, { token: String(response.AuthToken) })).status).toBe(200)
    })

    it('refuses a wrong password (400) and an unknown user (401)', async () => {
      const headers = { 'X-Forwarded-For': '192.0.2.250' }
      const login = (body: Json) => send('POST', '/api/users/adm/authenticate', { token: null, headers, body })
      expectError(
        await login({ username: t().admin.username, password: 'wrong-password' }),
        400,
        'incorrect credentials',
      )
      expectError(
        await login({ username: 'nobody-here', password: 'whatever1' }),
        401,
        atLeast(t(), 'v1.6') ? 'record not found' : 'unauthorized',
      )
      if (atLeast(t(), 'v1.6')) {
        expectError(await login({ username: '', password: '' }), 401, 'user identifiers not provided')
      }
    })

    it('has a super admin', async () => {
      const answer = await send('GET', '/api/users/adm/hassuperadmin', { token: null })
      expect({ status: answer.status, json: answer.json }).toEqual({ status: 200, json: true })
    })

    it('refuses a write by a read-only user with 403 "access denied"', async (context) => {
      const readOnly = t().readOnly
      if (!readOnly) {
        context.skip(`${t().label}: a Community Edition server has no read-only role to sign in with`)
        return
      }
      const headers = { 'X-Forwarded-For': '192.0.2.251' }
      const login = await send('POST', '/api/users/adm/authenticate', { token: null, headers, body: readOnly })
      const jwt = String(asObject(asObject(login.json).Response).AuthToken)
      expect((await send('GET', BASE, { token: jwt })).status).toBe(200)
      expectError(await send('POST', BASE, { token: jwt, body: keyBody({ unlimited: true }) }), 403, 'access denied')
    })
  })

  describe('sign-in rate limit', () => {
    it('locks an address out after 10 attempts with a plain-text 429 and Retry-After; others go on', async () => {
      const address = { 'X-Forwarded-For': `198.51.100.${Math.floor(Math.random() * 200) + 1}` }
      const attempt = (password: string, headers = address) =>
        send('POST', '/api/users/adm/authenticate', {
          token: null,
          headers,
          body: { username: t().admin.username, password },
        })
      for (let i = 0; i < 10; i++) expect((await attempt(`wrong-${i}`)).status).toBe(400)
      const locked = await attempt('wrong-10')
      if (!atLeast(t(), 'v1.6')) {
        expect(locked.status).toBe(400)
        return
      }
      expect({ status: locked.status, text: locked.text }).toEqual({ status: 429, text: 'too many requests\n' })
      expect(locked.contentType).toContain('text/plain')
      expect(Number(locked.retryAfter)).toBeGreaterThan(0)
      // Locked out: even the right password is refused, from this address only.
      expect((await attempt(t().admin.password)).status).toBe(429)
      expect((await attempt(t().admin.password, { 'X-Forwarded-For': '203.0.113.9' })).status).toBe(200)
    })
  })

  describe('list', () => {
    it('is a bare array of legacy-shaped keys, with each network’s default key', async () => {
      const netid = await newNetwork()
      const keys = await listKeys()
      const auto = keys.find((key) => key.name === netid)
      expect(auto).toMatchObject({
        networks: [netid],
        type: 3,
        unlimited: true,
        isDefault: true,
        usesRemaining: 0,
        expiration: ZERO_TIME,
        gateway: null,
        groups: [],
      })
    })
  })

  describe('create', () => {
    it('picks the type from uses, expiration and unlimited', async () => {
      const netid = await newNetwork()
      const inADay = Math.floor(Date.now() / 1000) + 86_400
      const unlimited = await createKey({ networks: [netid], unlimited: true })
      expect(unlimited).toMatchObject({ type: 3, usesRemaining: 0, expiration: ZERO_TIME, unlimited: true })
      const limited = await createKey({ networks: [netid], uses_remaining: 3 })
      expect(limited).toMatchObject({ type: 2, usesRemaining: 3, expiration: ZERO_TIME })
      const timed = await createKey({ networks: [netid], expiration: inADay })
      expect(timed).toMatchObject({ type: 1, usesRemaining: 0 })
      expect(new Date(timed.expiration).getTime()).toBe(inADay * 1000)
      // Uses win over an expiration, which is then dropped.
      const both = await createKey({ networks: [netid], uses_remaining: 2, expiration: inADay })
      expect(both).toMatchObject({ type: 2, usesRemaining: 2, expiration: ZERO_TIME })
      // The list has them all, in the legacy shape.
      const keys = await listKeys()
      for (const key of [unlimited, limited, timed, both]) {
        expect(keys.find((k) => k.value === key.value)).toMatchObject({ name: key.name, type: key.type })
      }
    })

    it('keeps the name, networks, node tags and gateway choice as sent', async () => {
      const netid = await newNetwork()
      const name = uniqueName('tagged')
      const key = await createKey({
        tags: [name],
        networks: [netid],
        unlimited: true,
        groups: [`${netid}.gateways`],
        auto_assign_gw: true,
      })
      expect(key).toMatchObject({
        name,
        networks: [netid],
        groups: [`${netid}.gateways`],
        autoAssign: true,
        gateway: null,
        isDefault: false,
      })
    })

    it('counts the name length in characters, not bytes', async () => {
      const key = await createKey({ tags: ['é'.repeat(19)], networks: [], unlimited: true })
      expect(key.name).toBe('é'.repeat(19))
      await send('DELETE', `${BASE}/${key.value}`)
    })

    it('answers decoding errors with Go’s messages', async () => {
      expectError(await send('POST', BASE, { raw: '' }), 400, 'EOF')
      expectError(await send('POST', BASE, { raw: 'x' }), 400, "invalid character 'x' looking for beginning of value")
      expectError(await send('POST', BASE, { raw: '{"tags":' }), 400, 'unexpected EOF')
      expectError(
        await send('POST', BASE, { body: keyBody({ tags: 'abc' }) }),
        400,
        'json: cannot unmarshal string into Go struct field APIEnrollmentKey.tags of type []string',
      )
    })

    it('validates the name with the validator’s own words', async () => {
      const prefix = 'validation error: name length must be between 3 and 32: '
      expectError(
        await send('POST', BASE, { body: keyBody({ tags: undefined, unlimited: true }) }),
        400,
        `${prefix}Key: 'APIEnrollmentKey.Tags' Error:Field validation for 'Tags' failed on the 'required' tag`,
      )
      expectError(
        await send('POST', BASE, { body: keyBody({ tags: ['ab'], unlimited: true }) }),
        400,
        `${prefix}Key: 'APIEnrollmentKey.Tags[0]' Error:Field validation for 'Tags[0]' failed on the 'min' tag`,
      )
      expectError(
        await send('POST', BASE, { body: keyBody({ tags: ['x'.repeat(33)], unlimited: true }) }),
        400,
        `${prefix}Key: 'APIEnrollmentKey.Tags[0]' Error:Field validation for 'Tags[0]' failed on the 'max' tag`,
      )
    })

    it('refuses names already taken', async () => {
      const netid = await newNetwork()
      // A network's name is its default key's name: taken on every generation.
      expectError(
        await send('POST', BASE, { body: keyBody({ tags: [netid], unlimited: true }) }),
        400,
        'key names must be unique',
      )
      const name = uniqueName('dup')
      await createKey({ tags: [name], networks: [netid], unlimited: true })
      const again = await send('POST', BASE, { body: keyBody({ tags: [name], networks: [netid], unlimited: true }) })
      if (atLeast(t(), 'v1.8')) expect(again.status).toBe(200)
      else expectError(again, 400, 'key names must be unique')
    })

    it('checks in the server’s order: decode, name, uniqueness, default, relay format, validity, relay', async () => {
      const netid = await newNetwork()
      // bad name beats a taken name and a bad relay
      expectError(
        await send('POST', BASE, { body: keyBody({ tags: ['ab'], relay: 'bad', default: true }) }),
        400,
        /^validation error: /,
      )
      // a taken name beats default-without-network and a bad relay
      expectError(
        await send('POST', BASE, { body: keyBody({ tags: [netid], relay: 'bad', default: true }) }),
        400,
        'key names must be unique',
      )
      // the relay's format beats validity (400 before the 500)
      expectError(
        await send('POST', BASE, { body: keyBody({ networks: [netid], relay: 'abc' }) }),
        400,
        'invalid UUID length: 3',
      )
      if (atLeast(t(), 'v1.6')) {
        // default without a network beats the relay format
        expectError(
          await send('POST', BASE, { body: keyBody({ default: true, relay: 'abc', unlimited: true }) }),
          400,
          'default enrollment keys require at least one network or tag',
        )
      }
      // validity (500) beats an unknown relay
      expectError(
        await send('POST', BASE, {
          body: keyBody({ networks: [netid], relay: '11111111-2222-3333-4444-555555555555' }),
        }),
        500,
        'enrollment key is not valid: uses remaining: 0, expiration: 0001-01-01 00:00:00 +0000 UTC, unlimited: false',
      )
    })

    it('refuses a key that could never be used (500), whatever made it so', async () => {
      const netid = await newNetwork()
      const invalid = (detail: string) =>
        `enrollment key is not valid: uses remaining: 0, expiration: ${detail}, unlimited: false`
      expectError(
        await send('POST', BASE, { body: keyBody({ networks: [netid] }) }),
        500,
        invalid('0001-01-01 00:00:00 +0000 UTC'),
      )
      expectError(
        await send('POST', BASE, { body: keyBody({ networks: [netid], uses_remaining: -1 }) }),
        500,
        invalid('0001-01-01 00:00:00 +0000 UTC'),
      )
      expectError(
        await send('POST', BASE, { body: keyBody({ networks: [netid], expiration: 1000 }) }),
        500,
        invalid('1970-01-01 00:16:40 +0000 UTC'),
      )
    })

    it('passes "tags": [] through validation, then saves the key and drops the connection', async () => {
      const netid = await newNetwork()
      expectError(
        await send('POST', BASE, { body: keyBody({ tags: [], networks: [netid] }) }),
        500,
        /^enrollment key is not valid: /,
      )
      await expect(
        send('POST', BASE, { body: keyBody({ tags: [], networks: [netid], unlimited: true }) }),
      ).rejects.toThrow()
      const saved = (await listKeys()).filter((key) => key.networks.includes(netid) && !key.isDefault)
      expect(saved).toHaveLength(1)
      expect(saved[0]).toMatchObject({ name: '', type: 3 })
      // Deleting a nameless key deletes it, then drops the connection too.
      await expect(send('DELETE', `${BASE}/${saved[0]?.value ?? ''}`)).rejects.toThrow()
      expect(await listed(saved[0]?.value ?? '')).toBeUndefined()
    })
  })

  describe('default keys', () => {
    it('gives each network one default key, found through get-default (v1.6+)', async () => {
      const netid = await newNetwork()
      const answer = await send('GET', `${BASE}/network/${netid}/default`)
      if (!atLeast(t(), 'v1.6')) {
        expectNoRoute(answer)
        return
      }
      expect(answer.status).toBe(200)
      expect(mutationKey(t(), answer.json)).toMatchObject({ name: netid, networks: [netid], isDefault: true, type: 3 })
      expectError(await send('GET', `${BASE}/network/no-such-network/default`), 400, 'network not found')
    })

    it('answers the old mock path /default?network= with 405 and no body', async () => {
      const netid = await newNetwork()
      const answer = await send('GET', `${BASE}/default?network=${netid}`)
      expect({ status: answer.status, text: answer.text }).toEqual({ status: 405, text: '' })
    })

    it('makes a key created with default: true the only default of its networks (v1.6+)', async () => {
      const netid = await newNetwork()
      const created = await createKey({ networks: [netid], unlimited: true, default: true })
      if (!atLeast(t(), 'v1.6')) {
        expect(created.isDefault).toBe(false)
        return
      }
      expect(created.isDefault).toBe(true)
      const keys = await listKeys()
      expect(keys.filter((key) => key.networks.includes(netid) && key.isDefault).map((key) => key.value)).toEqual([
        created.value,
      ])
      expectError(
        await send('POST', BASE, { body: keyBody({ default: true, unlimited: true }) }),
        400,
        'default enrollment keys require at least one network or tag',
      )
    })

    it('refuses to delete a default key (500)', async () => {
      const netid = await newNetwork()
      const auto = (await listKeys()).find((key) => key.name === netid)
      expectError(await send('DELETE', `${BASE}/${auto?.value ?? ''}`), 500, 'cannot delete default network key')
    })

    it('sets and unsets default through update (v1.6+); v1.5 ignores it', async () => {
      const netid = await newNetwork()
      const auto = (await listKeys()).find((key) => key.name === netid)
      const key = await createKey({ networks: [netid], unlimited: true })
      const update = (value: string, isDefault: boolean) =>
        send('PUT', `${BASE}/${value}`, { body: { relay: '', groups: [], auto_assign_gw: false, default: isDefault } })

      const set = await update(key.value, true)
      expect(set.status).toBe(200)
      if (!atLeast(t(), 'v1.6')) {
        expect(mutationKey(t(), set.json).isDefault).toBe(false)
        return
      }
      expect(mutationKey(t(), set.json).isDefault).toBe(true)
      expect((await listed(auto?.value ?? ''))?.isDefault).toBe(false)

      const unset = await update(key.value, false)
      expect(mutationKey(t(), unset.json).isDefault).toBe(false)
      expectError(await send('GET', `${BASE}/network/${netid}/default`), 400, 'no enrollmentkey found')
      // No longer default: it can be deleted.
      expect((await send('DELETE', `${BASE}/${key.value}`)).status).toBe(200)

      const noNetwork = await createKey({ networks: [], unlimited: true })
      expectError(
        await update(noNetwork.value, true),
        500,
        'default enrollment keys require at least one network or tag',
      )
      await send('DELETE', `${BASE}/${noNetwork.value}`)
    })
  })

  describe('update', () => {
    it('replaces gateway, node tags and auto-assign, and ignores everything else', async () => {
      const netid = await newNetwork()
      const key = await createKey({
        networks: [netid],
        uses_remaining: 4,
        groups: [`${netid}.a`],
        auto_assign_gw: true,
      })
      const answer = await send('PUT', `${BASE}/${key.value}`, {
        body: {
          tags: ['renamed-key'],
          uses_remaining: 99,
          networks: [],
          relay: '',
          auto_assign_gw: false,
          default: false,
        },
      })
      expect(answer.status).toBe(200)
      expect(mutationKey(t(), answer.json)).toMatchObject({
        value: key.value,
        name: key.name,
        networks: [netid],
        usesRemaining: 4,
        autoAssign: false,
      })
      // Omitted groups are cleared to null, in the answer and in the list.
      const groupsField = atLeast(t(), 'v1.8') ? 'tags' : 'groups'
      expect(asObject(answer.json)[groupsField]).toBeNull()
      const inList = (await send('GET', BASE)).json as Json[]
      expect(inList.find((k) => k.value === key.value)?.groups).toBeNull()
    })

    it('answers its errors', async () => {
      const netid = await newNetwork()
      const key = await createKey({ networks: [netid], unlimited: true })
      const body = (relay: string) => ({ body: { relay, groups: [], auto_assign_gw: false, default: false } })
      expectError(await send('PUT', `${BASE}/${key.value}`, body('zz')), 400, 'invalid UUID length: 2')
      expectError(
        await send('PUT', `${BASE}/${key.value}`, body('11111111-2222-3333-4444-555555555555')),
        500,
        atLeast(t(), 'v1.6') ? 'record not found' : 'no result found',
      )
      expectError(await send('PUT', `${BASE}/${'B'.repeat(32)}`, body('')), 500, 'no enrollmentkey found')
    })
  })

  describe('regenerate token', () => {
    it('gives a new value and token, keeps everything else, and the old token stops working (v1.6+)', async () => {
      const netid = await newNetwork()
      const key = await createKey({ networks: [netid], uses_remaining: 5, groups: [`${netid}.x`] })
      const answer = await send('POST', `${BASE}/${key.value}/regenerate-token`)
      if (!atLeast(t(), 'v1.6')) {
        expectNoRoute(answer)
        return
      }
      expect(answer.status).toBe(200)
      const next = mutationKey(t(), answer.json)
      expect(next.value).not.toBe(key.value)
      expect(next.token).not.toBe(key.token)
      expect(next).toMatchObject({
        name: key.name,
        networks: key.networks,
        type: 2,
        usesRemaining: 5,
        groups: key.groups,
      })
      if (key.uuid !== null) expect(next.uuid).toBe(key.uuid)
      expect(await listed(key.value)).toBeUndefined()
      expect((await listed(next.value))?.name).toBe(key.name)
      expectError(await register(key.token), 400, 'no enrollmentkey found')
    })

    it('refuses to regenerate a key that can no longer be used (500), and an unknown key (400)', async () => {
      if (!atLeast(t(), 'v1.6')) return
      const netid = await newNetwork()
      const key = await createKey({ networks: [netid], uses_remaining: 1 })
      expect((await register(key.token)).status).toBe(200)
      expectError(
        await send('POST', `${BASE}/${key.value}/regenerate-token`),
        500,
        'enrollment key is not valid: uses remaining: 0, expiration: 0001-01-01 00:00:00 +0000 UTC, unlimited: false',
      )
      expect(await listed(key.value)).toBeDefined()
      expectError(await send('POST', `${BASE}/${'C'.repeat(32)}/regenerate-token`), 400, 'no enrollmentkey found')
    })
  })

  describe('delete', () => {
    it('answers 200 with an empty body, then 400 for the same key', async () => {
      const netid = await newNetwork()
      const key = await createKey({ networks: [netid], unlimited: true })
      const answer = await send('DELETE', `${BASE}/${key.value}`)
      expect({ status: answer.status, text: answer.text }).toEqual({ status: 200, text: '' })
      expect(await listed(key.value)).toBeUndefined()
      expectError(await send('DELETE', `${BASE}/${key.value}`), 400, 'no enrollmentkey found')
    })
  })

  describe('host registration', () => {
    it('spends one use per host and then refuses the key', async () => {
      const netid = await newNetwork()
      const key = await createKey({ networks: [netid], uses_remaining: 2 })
      const first = await register(key.token)
      expect(first.status).toBe(200)
      const body = asObject(first.json)
      expect(Object.keys(body).sort()).toEqual(['requested_host', 'server_config'])
      expect(asObject(body.server_config).Version).toMatch(/^v\d+\.\d+\.\d+$/)
      const host = asObject(body.requested_host)
      expect(host.id).toMatch(UUID)
      expect((await listed(key.value))?.usesRemaining).toBe(1)
      expect((await register(key.token)).status).toBe(200)
      expect((await listed(key.value))?.usesRemaining).toBe(0)
      expectError(await register(key.token), 400, 'invalid enrollment key')
      const hosts = await send('GET', '/api/hosts')
      expect((hosts.json as Json[]).some((h) => h.id === host.id)).toBe(true)
    })

    it('refuses a token for no key and a token that is not one', async () => {
      const stranger = Buffer.from(JSON.stringify({ server: 'x', value: 'D'.repeat(32) })).toString('base64')
      expectError(await register(stranger), 400, 'no enrollmentkey found')
      expectError(await register('garbage'), 400, /^illegal base64 data at input byte \d+$/)
    })
  })

  describe('paging', () => {
    it('has no v2 key list before v1.7', async () => {
      if (atLeast(t(), 'v1.8')) return
      expectNoRoute(await send('GET', '/api/v2/enrollment-keys?page=1&per_page=2'))
    })
  })

  describe('gateways', () => {
    /** A gateway of its own: a host registered into two fresh networks, its node in the first made a gateway. */
    async function makeGateway(): Promise<{
      gateway: { id: string; network: string }
      plain: { id: string; network: string }
    }> {
      const first = await newNetwork()
      const second = await newNetwork()
      const key = await createKey({ networks: [first, second], uses_remaining: 1 })
      const registered = await register(key.token)
      expect(registered.status).toBe(200)
      const hostId = String(asObject(asObject(registered.json).requested_host).id)
      let mine: { id: string; network: string; hostid?: string }[] = []
      for (let i = 0; i < 50 && mine.length < 2; i++) {
        mine = (await nodes()).filter((node) => (node as { hostid?: string }).hostid === hostId)
        if (mine.length < 2) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const inFirst = mine.find((node) => node.network === first)
      const inSecond = mine.find((node) => node.network === second)
      if (!inFirst || !inSecond) throw new Error('the registered host got no nodes')
      const made = await send('POST', `/api/nodes/${first}/${inFirst.id}/gateway`, { body: {} })
      expect(made.status).toBe(200)
      expect(asObject(made.json)).toMatchObject({ id: inFirst.id, isrelay: true })
      return { gateway: { id: inFirst.id, network: first }, plain: { id: inSecond.id, network: second } }
    }

    it('applies the gateway rules', async () => {
      const { gateway, plain } = await makeGateway()
      const withGateway = await createKey({
        networks: [gateway.network],
        unlimited: true,
        relay: gateway.id,
        auto_assign_gw: true,
      })
      // Create keeps auto-assign as sent, even with a gateway (update clears it).
      expect(withGateway).toMatchObject({ gateway: gateway.id, autoAssign: true })
      const elsewhere = await newNetwork()
      expectError(
        await send('POST', BASE, { body: keyBody({ networks: [elsewhere], unlimited: true, relay: gateway.id }) }),
        500,
        "relay node not in key's networks",
      )
      expectError(
        await send('POST', BASE, { body: keyBody({ networks: [plain.network], unlimited: true, relay: plain.id }) }),
        500,
        'relay node is not a relay',
      )
      expectError(
        await send('POST', BASE, {
          body: keyBody({
            networks: [gateway.network],
            unlimited: true,
            relay: '11111111-2222-3333-4444-555555555555',
          }),
        }),
        500,
        atLeast(t(), 'v1.6') ? 'record not found' : 'no result found',
      )
      await send('DELETE', `${BASE}/${withGateway.value}`)
    })

    it('clears auto-assign when a gateway is set', async () => {
      const { gateway } = await makeGateway()
      const key = await createKey({ networks: [gateway.network], unlimited: true, auto_assign_gw: true })
      const answer = await send('PUT', `${BASE}/${key.value}`, {
        body: { relay: gateway.id, groups: [], auto_assign_gw: true, default: false },
      })
      expect(mutationKey(t(), answer.json)).toMatchObject({ gateway: gateway.id, autoAssign: false })
      await send('DELETE', `${BASE}/${key.value}`)
    })
  })
}
