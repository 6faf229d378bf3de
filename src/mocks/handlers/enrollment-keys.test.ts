import { describe, expect, it } from 'vitest'

import { NIL_UUID } from '@/api/enrollment-keys/schemas'

import { SEED_IDS } from '../seed'
import { call, errorOf, keyNamed, listKeys, schemaKeyOf } from '../test-helpers'

const { nodes } = SEED_IDS
const update = (value: string, body: unknown) => call('PUT', `/api/v1/enrollment-keys/${value}`, { body })

describe('GET /api/v1/enrollment-keys', () => {
  it('answers a bare array in the legacy shape, not sorted by name', async () => {
    const response = await call('GET', '/api/v1/enrollment-keys')
    expect(response.status).toBe(200)
    const body: unknown = await response.json()
    expect(Array.isArray(body)).toBe(true)
    const keys = await listKeys()
    const names = keys.map((k) => k.tags[0] ?? '')
    expect(names).not.toEqual([...names].sort())
    const first = (body as Record<string, unknown>[])[0] ?? {}
    expect(Object.keys(first).sort()).toEqual(
      [
        'auto_assign_gw',
        'auto_egress',
        'default',
        'expiration',
        'groups',
        'networks',
        'relay',
        'tags',
        'token',
        'type',
        'unlimited',
        'uses_remaining',
        'value',
      ].sort(),
    )
    expect((await keyNamed('weekend-event')).relay).toBe(NIL_UUID)
  })
})

describe('PUT /api/v1/enrollment-keys/{value}', () => {
  it('replaces relay, groups and auto-assign; an omitted field is cleared', async () => {
    const staging = await keyNamed('staging-ci')
    const key = await schemaKeyOf(await update(staging.value, { auto_assign_gw: true }))
    expect(key).toMatchObject({ gateway_id: null, tags: [], auto_assign_gateway: true, name: 'staging-ci' })
    expect(await keyNamed('staging-ci')).toMatchObject({ relay: NIL_UUID, groups: [], auto_assign_gw: true })
  })

  it('ignores everything else in the body', async () => {
    const office = await keyNamed('office-laptops')
    const key = await schemaKeyOf(
      await update(office.value, {
        relay: '',
        groups: ['private-mesh.db'],
        auto_assign_gw: false,
        default: false,
        tags: ['renamed'],
        networks: ['netmaker'],
        uses_remaining: 9,
        unlimited: false,
      }),
    )
    expect(key).toMatchObject({
      name: 'office-laptops',
      networks: ['private-mesh'],
      tags: ['private-mesh.db'],
      type: 3,
      unlimited: true,
      uses_remaining: 0,
    })
    expect(key.value).toBe(office.value)
  })

  it('setting a relay forces auto-assign off', async () => {
    const multi = await keyNamed('multi-site-web')
    const key = await schemaKeyOf(
      await update(multi.value, {
        relay: nodes.nycZeroPath,
        groups: multi.groups,
        auto_assign_gw: true,
        default: false,
      }),
    )
    expect(key).toMatchObject({ gateway_id: nodes.nycZeroPath, auto_assign_gateway: false })
  })

  it('bad relay format → 400, checked before the key exists', async () => {
    expect(await errorOf(await update('NOSUCHKEY', { relay: 'abc' }))).toEqual({
      status: 400,
      message: 'invalid UUID length: 3',
    })
  })

  it('unknown key → 500 no enrollmentkey found', async () => {
    expect(await errorOf(await update('NOSUCHKEY', { relay: '' }))).toEqual({
      status: 500,
      message: 'no enrollmentkey found',
    })
  })

  it('relay rules as in create → 500', async () => {
    const staging = await keyNamed('staging-ci')
    const cases: [string, string][] = [
      ['11111111-2222-4333-8444-555555555555', 'record not found'],
      [nodes.edgeIot, "relay node not in key's networks"],
      [nodes.buildNetmaker, 'relay node is not a relay'],
    ]
    for (const [relay, message] of cases) {
      expect(await errorOf(await update(staging.value, { relay, groups: [], auto_assign_gw: false }))).toEqual({
        status: 500,
        message,
      })
    }
    // nothing changed
    expect((await keyNamed('staging-ci')).relay).toBe(nodes.fraNetmaker)
  })

  it('wrong types → 400 with the decoder message', async () => {
    const staging = await keyNamed('staging-ci')
    expect(await errorOf(await update(staging.value, { groups: 'netmaker.ci' }))).toEqual({
      status: 400,
      message: 'json: cannot unmarshal string into Go struct field APIEnrollmentKey.groups of type []string',
    })
  })

  it('default: true makes it the default and un-defaults the others on its networks', async () => {
    const multi = await keyNamed('multi-site-web')
    const key = await schemaKeyOf(
      await update(multi.value, { relay: '', groups: multi.groups, auto_assign_gw: true, default: true }),
    )
    expect(key.default).toBe(true)
    const defaults = (await listKeys()).filter((k) => k.default).map((k) => k.tags[0])
    expect(defaults.sort()).toEqual(['iot-network', 'multi-site-web', 'netmaker', 'turbo-link'])
  })

  it('default: false (or omitted) un-defaults a default key', async () => {
    const netmaker = await keyNamed('netmaker')
    const key = await schemaKeyOf(await update(netmaker.value, { relay: '', groups: [], auto_assign_gw: false }))
    expect(key.default).toBe(false)
    expect((await keyNamed('netmaker')).default).toBe(false)
  })
})

describe('POST /api/v1/enrollment-keys/{value}/regenerate-token', () => {
  it('gives the key a new value and token and keeps everything else', async () => {
    const before = await keyNamed('staging-ci')
    const key = await schemaKeyOf(await call('POST', `/api/v1/enrollment-keys/${before.value}/regenerate-token`))
    expect(key.value).not.toBe(before.value)
    expect(key.value).toMatch(/^[A-Z2-7]{32}$/)
    expect(key.token).not.toBe(before.token)
    const after = await keyNamed('staging-ci')
    expect(after).toEqual({ ...before, value: key.value, token: key.token })
    expect((await listKeys()).some((k) => k.value === before.value)).toBe(false)
  })

  it('the old token no longer registers a host; the new one does', async () => {
    const before = await keyNamed('staging-ci')
    const key = await schemaKeyOf(await call('POST', `/api/v1/enrollment-keys/${before.value}/regenerate-token`))
    const old = await call('POST', `/api/v1/host/register/${encodeURIComponent(before.token)}`, {
      token: null,
      body: {},
    })
    expect(await errorOf(old)).toEqual({ status: 400, message: 'no enrollmentkey found' })
    const fresh = await call('POST', `/api/v1/host/register/${encodeURIComponent(key.token)}`, {
      token: null,
      body: {},
    })
    expect(fresh.status).toBe(200)
  })

  it('unknown key → 400 no enrollmentkey found', async () => {
    expect(await errorOf(await call('POST', '/api/v1/enrollment-keys/NOSUCHKEY/regenerate-token'))).toEqual({
      status: 400,
      message: 'no enrollmentkey found',
    })
  })
})

describe('DELETE /api/v1/enrollment-keys/{value}', () => {
  it('answers 200 with an empty body and removes the key', async () => {
    const weekend = await keyNamed('weekend-event')
    const response = await call('DELETE', `/api/v1/enrollment-keys/${weekend.value}`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
    expect((await listKeys()).some((k) => k.tags[0] === 'weekend-event')).toBe(false)
  })

  it('unknown key → 400 no enrollmentkey found', async () => {
    expect(await errorOf(await call('DELETE', '/api/v1/enrollment-keys/NOSUCHKEY'))).toEqual({
      status: 400,
      message: 'no enrollmentkey found',
    })
  })

  it('a default key → 500 cannot delete default network key', async () => {
    const netmaker = await keyNamed('netmaker')
    expect(await errorOf(await call('DELETE', `/api/v1/enrollment-keys/${netmaker.value}`))).toEqual({
      status: 500,
      message: 'cannot delete default network key',
    })
    expect((await keyNamed('netmaker')).default).toBe(true)
  })
})

describe('GET /api/v1/enrollment-keys/network/{network}/default', () => {
  it('answers the network’s default key in the schema shape', async () => {
    const key = await schemaKeyOf(await call('GET', '/api/v1/enrollment-keys/network/zero-path/default'))
    expect(key).toMatchObject({ name: 'zero-path', default: true, networks: ['zero-path'] })
  })

  it('400 when the network does not exist', async () => {
    expect(await errorOf(await call('GET', '/api/v1/enrollment-keys/network/nowhere/default'))).toEqual({
      status: 400,
      message: 'network not found',
    })
  })
})
