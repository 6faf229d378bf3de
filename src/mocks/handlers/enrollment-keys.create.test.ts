import { describe, expect, it } from 'vitest'

import { loginResponseSchema } from '@/api/auth/schemas'
import { NIL_UUID, ZERO_TIME } from '@/api/enrollment-keys/schemas'

import { SEED_IDS } from '../seed'
import { call, createBody, errorOf, keyNamed, listKeys, schemaKeyOf } from '../test-helpers'
import { API_HOST } from '../wire'

const create = (body: unknown) => call('POST', '/api/v1/enrollment-keys', { body })
const inDays = (days: number) => Math.floor(Date.now() / 1000) + days * 86400
const { nodes } = SEED_IDS

async function expectError(response: Response, status: number, message: string) {
  expect(await errorOf(response)).toEqual({ status, message })
}

describe('POST /api/v1/enrollment-keys: checks in the server’s order', () => {
  it('1. malformed JSON → 400 with the decoder message', async () => {
    await expectError(await call('POST', '/api/v1/enrollment-keys', { rawBody: '{"tags": [' }), 400, 'unexpected EOF')
    await expectError(
      await call('POST', '/api/v1/enrollment-keys', { rawBody: 'oops' }),
      400,
      "invalid character 'o' looking for beginning of value",
    )
    await expectError(await call('POST', '/api/v1/enrollment-keys', { rawBody: '' }), 400, 'EOF')
  })

  it('1. wrong field types → 400 naming the Go struct field', async () => {
    await expectError(
      await create({ ...createBody(), uses_remaining: '5' }),
      400,
      'json: cannot unmarshal string into Go struct field APIEnrollmentKey.uses_remaining of type int',
    )
    await expectError(
      await create({ ...createBody(), uses_remaining: 1.5 }),
      400,
      'json: cannot unmarshal number 1.5 into Go struct field APIEnrollmentKey.uses_remaining of type int',
    )
    await expectError(
      await create({ ...createBody(), tags: 'abc' }),
      400,
      'json: cannot unmarshal string into Go struct field APIEnrollmentKey.tags of type []string',
    )
    await expectError(
      await create({ ...createBody(), unlimited: 'yes' }),
      400,
      'json: cannot unmarshal string into Go struct field APIEnrollmentKey.unlimited of type bool',
    )
    await expectError(
      await create([createBody()]),
      400,
      'json: cannot unmarshal array into Go value of type models.APIEnrollmentKey',
    )
  })

  it('1 before 2: a type error wins over a bad name', async () => {
    const response = await create({ tags: ['x'], expiration: 'soon' })
    expect((await errorOf(response)).message).toMatch(/APIEnrollmentKey\.expiration of type int64/)
  })

  it('accepts partial bodies: missing and null fields are zero values', async () => {
    const key = await schemaKeyOf(await create({ tags: ['partial-body'], unlimited: true, relay: null }))
    expect(key).toMatchObject({ name: 'partial-body', networks: [], tags: [], type: 3, gateway_id: null })
  })

  it('2. tags missing, or a tag outside 3–32 characters → 400 with the validator’s words', async () => {
    const prefix = 'validation error: name length must be between 3 and 32: '
    const rule = (field: string, tag: string) =>
      `${prefix}Key: 'APIEnrollmentKey.${field}' Error:Field validation for '${field}' failed on the '${tag}' tag`
    await expectError(await create({ networks: ['netmaker'], unlimited: true }), 400, rule('Tags', 'required'))
    await expectError(await create(createBody({ tags: ['ab'] })), 400, rule('Tags[0]', 'min'))
    await expectError(await create(createBody({ tags: ['abc', 'x'.repeat(33)] })), 400, rule('Tags[1]', 'max'))
    // characters, not bytes
    expect((await create(createBody({ tags: ['é'.repeat(20)] }))).status).toBe(200)
    expect((await create(createBody({ tags: ['x'.repeat(32)] }))).status).toBe(200)
    expect((await create(createBody({ tags: ['abc'] }))).status).toBe(200)
  })

  it('2 before 3: a short name that is also taken reports the length', async () => {
    // (no 2-character network exists, so check with an invalid relay after the name)
    const response = await create(createBody({ tags: ['ab'], relay: 'bad' }))
    expect((await errorOf(response)).message).toMatch(/^validation error/)
  })

  it('3. a name equal to a network a key uses → 400 key names must be unique', async () => {
    await expectError(await create(createBody({ tags: ['netmaker'] })), 400, 'key names must be unique')
    await expectError(
      await create(createBody({ tags: ['zero-path'], networks: ['iot-network'] })),
      400,
      'key names must be unique',
    )
  })

  it('3. the newest line compares with network names only: a repeated custom name is accepted', async () => {
    expect((await create(createBody({ tags: ['office-laptops'] }))).status).toBe(200)
    expect((await listKeys()).filter((k) => k.tags[0] === 'office-laptops')).toHaveLength(2)
  })

  it('3 before 4 and 5', async () => {
    await expectError(
      await create(createBody({ tags: ['netmaker'], networks: [], default: true, relay: 'bad' })),
      400,
      'key names must be unique',
    )
  })

  it('4. default with no networks → 400', async () => {
    await expectError(
      await create(createBody({ networks: [], default: true, relay: 'bad' })),
      400,
      'default enrollment keys require at least one network or tag',
    )
  })

  it('5. relay not a UUID → 400', async () => {
    await expectError(await create(createBody({ relay: 'abc' })), 400, 'invalid UUID length: 3')
    await expectError(
      await create(createBody({ relay: 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz' })),
      400,
      'invalid UUID format',
    )
  })

  it('5 before 6: a bad relay format wins over an invalid key', async () => {
    await expectError(await create(createBody({ unlimited: false, relay: 'abc' })), 400, 'invalid UUID length: 3')
  })

  it('6. no uses, no future expiration, not unlimited → 500 not valid', async () => {
    await expectError(
      await create(createBody({ unlimited: false })),
      500,
      'enrollment key is not valid: uses remaining: 0, expiration: 0001-01-01 00:00:00 +0000 UTC, unlimited: false',
    )
    await expectError(
      await create(createBody({ unlimited: false, uses_remaining: -2 })),
      500,
      'enrollment key is not valid: uses remaining: 0, expiration: 0001-01-01 00:00:00 +0000 UTC, unlimited: false',
    )
    await expectError(
      await create(createBody({ unlimited: false, expiration: 1767225600 })),
      500,
      'enrollment key is not valid: uses remaining: 0, expiration: 2026-01-01 00:00:00 +0000 UTC, unlimited: false',
    )
  })

  it('6 before 7: an invalid key with an unknown relay reports validity', async () => {
    const response = await create(createBody({ unlimited: false, relay: '11111111-2222-4333-8444-555555555555' }))
    expect((await errorOf(response)).message).toMatch(/^enrollment key is not valid/)
  })

  it('7. relay unknown / not in the key’s networks / not a relay → 500', async () => {
    await expectError(
      await create(createBody({ relay: '11111111-2222-4333-8444-555555555555' })),
      500,
      'record not found',
    )
    await expectError(
      await create(createBody({ networks: ['netmaker'], relay: nodes.nycZeroPath })),
      500,
      "relay node not in key's networks",
    )
    await expectError(
      await create(createBody({ networks: ['netmaker'], relay: nodes.buildNetmaker })),
      500,
      'relay node is not a relay',
    )
  })

  it('8. success → 200 with the key in the schema shape', async () => {
    const key = await schemaKeyOf(
      await create(
        createBody({
          tags: ['fresh-key'],
          networks: ['netmaker'],
          unlimited: false,
          uses_remaining: 3,
          relay: nodes.fraNetmaker,
          groups: ['netmaker.ci'],
          auto_assign_gw: true,
        }),
      ),
    )
    expect(key).toMatchObject({
      name: 'fresh-key',
      networks: ['netmaker'],
      tags: ['netmaker.ci'],
      type: 2,
      uses_remaining: 3,
      expiration: ZERO_TIME,
      gateway_id: nodes.fraNetmaker,
      // create keeps auto-assign as sent, even with a relay (update clears it)
      auto_assign_gateway: true,
      default: false,
      // v1.7+ answer "" whoever created the key
      created_by: '',
      tenant_id: '',
    })
    expect(key.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(key.value).toMatch(/^[A-Z2-7]{32}$/)
    expect(key.token).toBe(btoa(JSON.stringify({ server: API_HOST, value: key.value })))
    expect(key.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/)

    const listed = await keyNamed('fresh-key')
    expect(listed).toMatchObject({
      value: key.value,
      relay: nodes.fraNetmaker,
      groups: ['netmaker.ci'],
      tags: ['fresh-key'],
    })
  })

  it('answers created_by "" even for a signed-in user (v1.7+)', async () => {
    const login = await call('POST', '/api/users/adm/authenticate', {
      token: null,
      body: { username: 'admin', password: 'netmaker-demo' },
    })
    const { Response } = loginResponseSchema.parse(await login.json())
    const response = await call('POST', '/api/v1/enrollment-keys', { body: createBody(), token: Response.AuthToken })
    expect((await schemaKeyOf(response)).created_by).toBe('')
  })
})

describe('POST /api/v1/enrollment-keys: the type the server picks', () => {
  it('uses > 0 → limited (2), any expiration dropped', async () => {
    const key = await schemaKeyOf(
      await create(createBody({ uses_remaining: 4, expiration: inDays(3), unlimited: true })),
    )
    expect(key).toMatchObject({ type: 2, uses_remaining: 4, expiration: ZERO_TIME })
  })

  it('expiration > 0 → time-bound (1), even when unlimited', async () => {
    const expiration = inDays(10)
    const key = await schemaKeyOf(await create(createBody({ expiration, unlimited: true })))
    expect(key.type).toBe(1)
    expect(new Date(key.expiration).getTime()).toBe(expiration * 1000)
    expect(key.unlimited).toBe(true)
  })

  it('an expired time-bound key is accepted when unlimited (valid by the server’s rule)', async () => {
    const key = await schemaKeyOf(await create(createBody({ expiration: 1767225600, unlimited: true })))
    expect(key).toMatchObject({ type: 1, expiration: '2026-01-01T00:00:00Z' })
  })

  it('otherwise unlimited → 3', async () => {
    const key = await schemaKeyOf(await create(createBody()))
    expect(key).toMatchObject({ type: 3, uses_remaining: 0, expiration: ZERO_TIME, unlimited: true })
  })

  it('ignores the type sent by the client', async () => {
    const key = await schemaKeyOf(await create({ ...createBody(), type: 2 }))
    expect(key.type).toBe(3)
  })
})

describe('POST /api/v1/enrollment-keys: one default per network', () => {
  it('a new default un-defaults every other default covering any of its networks', async () => {
    const key = await schemaKeyOf(
      await create(createBody({ tags: ['new-default'], networks: ['netmaker', 'zero-path'], default: true })),
    )
    expect(key.default).toBe(true)
    const keys = await listKeys()
    const defaults = keys.filter((k) => k.default).map((k) => k.tags[0])
    expect(defaults.sort()).toEqual(['iot-network', 'new-default', 'private-mesh', 'turbo-link'])
  })

  it('a non-default create leaves the defaults alone', async () => {
    await schemaKeyOf(await create(createBody({ networks: ['netmaker'] })))
    expect((await listKeys()).filter((k) => k.default)).toHaveLength(5)
    expect((await keyNamed('new-key')).relay).toBe(NIL_UUID)
  })
})
