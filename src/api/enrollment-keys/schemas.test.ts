import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { isApiError } from '@/api/client'
import { createEnrollmentKey, listEnrollmentKeys, updateBodyFor } from '@/api/enrollment-keys/requests'
import {
  type EnrollmentKey,
  enrollmentKeyListSchema,
  enrollmentKeySchema,
  keyTypeToWire,
  NIL_UUID,
  parseWireDate,
  ZERO_TIME,
} from '@/api/enrollment-keys/schemas'
import { DEMO_MASTER_KEY } from '@/lib/demo'
import { sessionStore } from '@/lib/session'
import { server } from '@/mocks/node'

const VALUE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const TOKEN = btoa(JSON.stringify({ server: 'api.netmaker.example.com', value: VALUE }))

/** A limited-use key without relay, expiration or groups, as `GET /api/v1/enrollment-keys` returns it. */
const legacyItem = {
  value: VALUE,
  tags: ['office-laptops'],
  token: TOKEN,
  networks: ['iot-network', 'netmaker'],
  type: 2,
  uses_remaining: 5,
  expiration: ZERO_TIME,
  unlimited: false,
  relay: NIL_UUID,
  groups: null,
  default: false,
  auto_egress: false,
  auto_assign_gw: true,
}

/** The same key as a mutation on the newest server line answers it. */
const schemaItem = {
  id: '3f1e1c1a-8d4b-4c1e-9a57-0d3d7b1f2a10',
  name: 'office-laptops',
  value: VALUE,
  token: TOKEN,
  default: false,
  unlimited: false,
  uses_remaining: 5,
  expiration: ZERO_TIME,
  networks: ['iot-network', 'netmaker'],
  tags: null,
  gateway_id: null,
  auto_egress: false,
  auto_assign_gateway: true,
  type: 2,
  created_by: 'admin',
  created_at: '2026-11-20T09:30:00Z',
  updated_at: '2026-11-21T10:00:00Z',
}

const expectedKey: EnrollmentKey = {
  id: VALUE,
  name: 'office-laptops',
  token: TOKEN,
  networks: ['iot-network', 'netmaker'],
  type: 'limited',
  usesRemaining: 5,
  expiresAt: null,
  unlimited: false,
  gatewayId: null,
  tags: [],
  isDefault: false,
  autoAssignGateway: true,
  autoEgress: false,
  uuid: null,
  createdBy: null,
  createdAt: null,
  updatedAt: null,
}

/** The facts the UI works with: everything except what only the schema shape can carry. */
function facts(key: EnrollmentKey) {
  const { uuid: _uuid, createdBy: _createdBy, createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = key
  return rest
}

describe('enrollmentKeySchema: both wire shapes become one domain key', () => {
  it('normalises a legacy list item (tags[0] is the name, nil relay, zero time, groups null)', () => {
    expect(enrollmentKeySchema.parse(legacyItem)).toEqual(expectedKey)
  })

  it('normalises a schema-shape mutation response (name, gateway_id, tags = node tags)', () => {
    expect(enrollmentKeySchema.parse(schemaItem)).toEqual({
      ...expectedKey,
      uuid: '3f1e1c1a-8d4b-4c1e-9a57-0d3d7b1f2a10',
      createdBy: 'admin',
      createdAt: new Date('2026-11-20T09:30:00Z'),
      updatedAt: new Date('2026-11-21T10:00:00Z'),
    })
  })

  it('gives the same facts for the same key in either shape', () => {
    expect(facts(enrollmentKeySchema.parse(schemaItem))).toEqual(facts(enrollmentKeySchema.parse(legacyItem)))
  })

  it('reads node tags from legacy `groups` and schema-shape `tags`, never the name', () => {
    const legacy = enrollmentKeySchema.parse({
      ...legacyItem,
      tags: ['office-laptops', 'ignored'],
      groups: ['iot-network.laptops'],
    })
    const schema = enrollmentKeySchema.parse({ ...schemaItem, tags: ['iot-network.laptops'] })

    expect(legacy.name).toBe('office-laptops')
    expect(legacy.tags).toEqual(['iot-network.laptops'])
    expect(schema.name).toBe('office-laptops')
    expect(schema.tags).toEqual(['iot-network.laptops'])
  })

  it('keeps a real relay as the gateway and a real expiration as a date', () => {
    const relay = '7c9e6679-7425-40de-944b-e07fc1f90ae7'
    const legacy = enrollmentKeySchema.parse({
      ...legacyItem,
      type: 1,
      uses_remaining: 0,
      relay,
      expiration: '2027-01-31T12:00:00Z',
      auto_assign_gw: false,
    })
    const schema = enrollmentKeySchema.parse({
      ...schemaItem,
      type: 1,
      uses_remaining: 0,
      gateway_id: relay,
      expiration: '2027-01-31T12:00:00Z',
      auto_assign_gateway: false,
    })

    expect(legacy.gatewayId).toBe(relay)
    expect(legacy.expiresAt).toEqual(new Date('2027-01-31T12:00:00Z'))
    expect(legacy.type).toBe('time-bound')
    expect(facts(schema)).toEqual(facts(legacy))
  })

  it('treats a nil-UUID gateway_id in the schema shape as no gateway', () => {
    expect(enrollmentKeySchema.parse({ ...schemaItem, gateway_id: NIL_UUID }).gatewayId).toBeNull()
  })

  it('defaults a legacy key without `default`, `relay` and the auto flags (v1.5 servers)', () => {
    const { default: _d, relay: _r, auto_assign_gw: _a, auto_egress: _e, ...v15 } = legacyItem
    const key = enrollmentKeySchema.parse(v15)

    expect(key.isDefault).toBe(false)
    expect(key.gatewayId).toBeNull()
    expect(key.autoAssignGateway).toBe(false)
    expect(key.autoEgress).toBe(false)
  })

  it('gives a legacy key with no tags an empty name rather than failing', () => {
    expect(enrollmentKeySchema.parse({ ...legacyItem, tags: [] }).name).toBe('')
  })

  it.each([
    [0, 'invalid'],
    [1, 'time-bound'],
    [2, 'limited'],
    [3, 'unlimited'],
  ] as const)('maps wire type %i to %s in both shapes, and back', (wire, type) => {
    expect(enrollmentKeySchema.parse({ ...legacyItem, type: wire }).type).toBe(type)
    expect(enrollmentKeySchema.parse({ ...schemaItem, type: wire }).type).toBe(type)
    expect(keyTypeToWire(type)).toBe(wire)
  })

  it('reads an unknown wire type as an invalid key that keeps the number; a non-integer still fails', () => {
    expect(enrollmentKeySchema.parse({ ...legacyItem, type: 4 })).toMatchObject({ type: 'invalid', unknownWireType: 4 })
    expect(enrollmentKeySchema.parse({ ...schemaItem, type: 7 })).toMatchObject({ type: 'invalid', unknownWireType: 7 })
    expect(enrollmentKeySchema.parse(legacyItem)).not.toHaveProperty('unknownWireType')
    expect(enrollmentKeySchema.safeParse({ ...legacyItem, type: 1.5 }).success).toBe(false)
  })

  it('parses a list that mixes both shapes', () => {
    const keys = enrollmentKeyListSchema.parse([legacyItem, schemaItem])
    expect(keys.map(facts)).toEqual([facts(expectedKey), facts(expectedKey)])
  })
})

describe('parseWireDate()', () => {
  it.each([ZERO_TIME, '0001-01-01T00:00:00.000Z', '', null, undefined, 'not a date'])(
    'reads %j as no date',
    (value) => {
      expect(parseWireDate(value)).toBeNull()
    },
  )

  it('reads an RFC 3339 time with an offset', () => {
    expect(parseWireDate('2027-03-01T10:00:00+02:00')?.toISOString()).toBe('2027-03-01T08:00:00.000Z')
  })
})

describe('updateBodyFor()', () => {
  it('sends every field the server replaces, with "" for no relay', () => {
    const key = enrollmentKeySchema.parse({ ...legacyItem, groups: ['iot-network.laptops'] })
    expect(updateBodyFor(key)).toEqual({
      relay: '',
      groups: ['iot-network.laptops'],
      auto_assign_gw: true,
      default: false,
    })
  })
})

describe('enrollment key requests over the wire', () => {
  beforeEach(() => sessionStore.signIn({ token: DEMO_MASTER_KEY, serverUrl: '', username: null }, false))
  afterEach(() => sessionStore.reset())

  it('lists keys in either shape as domain keys', async () => {
    server.use(http.get('*/api/v1/enrollment-keys', () => HttpResponse.json([legacyItem, schemaItem])))

    const { keys, unreadable } = await listEnrollmentKeys()

    expect(unreadable).toEqual([])
    expect(keys).toHaveLength(2)
    expect(keys[0]).toEqual(expectedKey)
    expect(keys[1]?.uuid).toBe(schemaItem.id)
    expect(keys[1] && facts(keys[1])).toEqual(facts(expectedKey))
  })

  it('reads a create answered in the schema shape', async () => {
    server.use(http.post('*/api/v1/enrollment-keys', () => HttpResponse.json(schemaItem)))

    const key = await createEnrollmentKey({
      tags: ['office-laptops'],
      networks: ['iot-network', 'netmaker'],
      uses_remaining: 5,
      expiration: 0,
      unlimited: false,
      relay: '',
      groups: [],
      auto_assign_gw: true,
    })

    expect(facts(key)).toEqual(facts(expectedKey))
  })

  it('lists an item that is neither shape as unreadable, keeping the good keys', async () => {
    server.use(
      http.get('*/api/v1/enrollment-keys', () =>
        HttpResponse.json([legacyItem, { value: VALUE, name: 'half a key' }, { ...legacyItem, uses_remaining: 'ten' }]),
      ),
    )

    const { keys, unreadable } = await listEnrollmentKeys()

    expect(keys).toEqual([expectedKey])
    expect(unreadable).toEqual([
      expect.objectContaining({ index: 1, name: 'half a key', field: 'token', value: '(hidden: secret)' }),
      expect.objectContaining({ index: 2, name: 'office-laptops', field: 'uses_remaining', value: '"ten"' }),
    ])
  })

  it('reads a type outside 0–3 as an invalid key of unknown type, not a failure', async () => {
    server.use(http.get('*/api/v1/enrollment-keys', () => HttpResponse.json([{ ...legacyItem, type: 7 }])))

    const { keys, unreadable } = await listEnrollmentKeys()

    expect(unreadable).toEqual([])
    expect(keys[0]).toMatchObject({ type: 'invalid', unknownWireType: 7 })
  })

  it('still fails an answer that is not a list at all as invalid-response', async () => {
    server.use(http.get('*/api/v1/enrollment-keys', () => HttpResponse.json({ keys: [] })))

    const error: unknown = await listEnrollmentKeys().catch((e: unknown) => e)

    expect(isApiError(error) && error.kind).toBe('invalid-response')
  })
})
