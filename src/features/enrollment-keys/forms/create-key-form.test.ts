import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createKeyDefaultValues,
  type CreateKeyFormContext,
  createKeyFormSchema,
  type CreateKeyFormValues,
  expiryInDays,
  parseDateTimeLocal,
  tagsInNetworks,
  toCreateKeyBody,
  toDateTimeLocalValue,
} from './create-key-form'

// A fixed zone with DST, far from UTC, so local/UTC mix-ups show.
const originalTz = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'America/New_York'
})
afterAll(() => {
  process.env.TZ = originalTz
})

const NOW = new Date(Date.UTC(2026, 10, 25, 12, 0, 0)) // 2026-11-25 07:00 in New York

const context: CreateKeyFormContext = {
  keyNames: ['office-laptops', 'private-mesh', 'CI runners'],
  networkNames: ['iot-network', 'netmaker', 'private-mesh', 'turbo-link', 'zero-path'],
  now: () => NOW,
}

function values(overrides: Partial<CreateKeyFormValues> = {}): CreateKeyFormValues {
  return { ...createKeyDefaultValues, name: 'build agents', networks: ['zero-path'], ...overrides }
}

/** The messages per field, or {} when valid. */
function errorsOf(input: CreateKeyFormValues, ctx: CreateKeyFormContext = context) {
  const result = createKeyFormSchema(ctx).safeParse(input)
  if (result.success) return {}
  const out: Record<string, string> = {}
  for (const issue of result.error.issues) out[String(issue.path[0])] ??= issue.message
  return out
}

const options = { defaultSupported: true, tagsSupported: true }

describe('createKeyFormSchema: name', () => {
  it.each([
    ['', 'Enter a name'],
    ['   ', 'Enter a name'],
    ['ab', 'Use at least 3 characters'],
    ['  ab  ', 'Use at least 3 characters'],
    ['a'.repeat(33), 'Use at most 32 characters'],
    ['laptops!', 'Use only letters, digits, spaces, - and _'],
    ['café', 'Use only letters, digits, spaces, - and _'],
    ['a.b.c', 'Use only letters, digits, spaces, - and _'],
  ])('rejects %j with %j', (name, message) => {
    expect(errorsOf(values({ name })).name).toBe(message)
  })

  it.each(['abc', 'a'.repeat(32), 'Build agents_2', 'edge-01', '  padded name  '])('accepts %j', (name) => {
    expect(errorsOf(values({ name }))).toEqual({})
  })

  it('measures the length after trimming', () => {
    expect(errorsOf(values({ name: `  ${'a'.repeat(32)}  ` }))).toEqual({})
    expect(errorsOf(values({ name: '  abc' }))).toEqual({})
  })

  it('refuses the name of an existing key, even with spaces around it', () => {
    expect(errorsOf(values({ name: 'office-laptops' })).name).toBe('A key named “office-laptops” already exists')
    expect(errorsOf(values({ name: ' CI runners ' })).name).toBe('A key named “CI runners” already exists')
  })

  it('refuses the name of a network, even when no key carries it', () => {
    expect(errorsOf(values({ name: 'turbo-link' })).name).toBe(
      '“turbo-link” is the name of a network; choose another name',
    )
  })

  it('says "network" for a name that is both a network and its auto-created key', () => {
    expect(errorsOf(values({ name: 'private-mesh' })).name).toBe(
      '“private-mesh” is the name of a network; choose another name',
    )
  })

  it('compares names exactly, as the server does', () => {
    expect(errorsOf(values({ name: 'Office-Laptops' }))).toEqual({})
  })
})

describe('createKeyFormSchema: type', () => {
  it('needs nothing more for an unlimited key', () => {
    expect(errorsOf(values({ type: 'unlimited', uses: 'junk', expiresAt: 'junk' }))).toEqual({})
  })

  it.each([
    ['', 'Enter the number of uses'],
    ['0', 'Enter a number from 1 to 1,000,000'],
    ['1000001', 'Enter a number from 1 to 1,000,000'],
    ['2.5', 'Enter a whole number'],
    ['1e3', 'Enter a whole number'],
    ['-3', 'Enter a whole number'],
  ])('limited: rejects uses %j with %j', (uses, message) => {
    expect(errorsOf(values({ type: 'limited', uses })).uses).toBe(message)
  })

  it.each(['1', '5', '1000000', ' 42 '])('limited: accepts uses %j', (uses) => {
    expect(errorsOf(values({ type: 'limited', uses }))).toEqual({})
  })

  it('time bound: needs a valid time in the future', () => {
    expect(errorsOf(values({ type: 'time-bound', expiresAt: '' })).expiresAt).toBe('Choose when the key expires')
    expect(errorsOf(values({ type: 'time-bound', expiresAt: '2026-02-31T10:00' })).expiresAt).toBe(
      'Enter a valid date and time',
    )
    // 07:00 local is "now": not in the future.
    expect(errorsOf(values({ type: 'time-bound', expiresAt: '2026-11-25T07:00' })).expiresAt).toBe(
      'Choose a time in the future',
    )
    expect(errorsOf(values({ type: 'time-bound', expiresAt: '2026-11-25T06:59' })).expiresAt).toBe(
      'Choose a time in the future',
    )
    expect(errorsOf(values({ type: 'time-bound', expiresAt: '2026-11-25T07:01' }))).toEqual({})
  })

  it('reads the expiry in the user time zone, not UTC', () => {
    // Now is 12:00 UTC. Read as UTC, 11:00 would be past; read as New York time it is 16:00 UTC: future.
    expect(errorsOf(values({ type: 'time-bound', expiresAt: '2026-11-25T11:00' }))).toEqual({})
  })
})

describe('createKeyFormSchema: networks', () => {
  it('needs at least one network', () => {
    expect(errorsOf(values({ networks: [] })).networks).toBe('Choose at least one network')
  })
})

describe('datetime-local helpers', () => {
  it('parses wall-clock time in the local zone', () => {
    expect(parseDateTimeLocal('2026-11-25T07:00')?.toISOString()).toBe('2026-11-25T12:00:00.000Z')
    // Summer time: UTC-4.
    expect(parseDateTimeLocal('2026-07-01T07:00')?.toISOString()).toBe('2026-07-01T11:00:00.000Z')
    expect(parseDateTimeLocal('2026-07-01T07:00:30')?.toISOString()).toBe('2026-07-01T11:00:30.000Z')
    expect(parseDateTimeLocal('not a date')).toBeNull()
    expect(parseDateTimeLocal('2026-13-01T00:00')).toBeNull()
  })

  it('formats a date for the input in the local zone', () => {
    expect(toDateTimeLocalValue(new Date(Date.UTC(2026, 10, 25, 12, 0)))).toBe('2026-11-25T07:00')
  })

  it('quick picks add days and round up to the minute', () => {
    expect(expiryInDays(1, NOW)).toBe('2026-11-26T07:00')
    expect(expiryInDays(7, new Date(Date.UTC(2026, 10, 25, 12, 0, 15)))).toBe('2026-12-02T07:01')
    // Across the March DST change: 30 × 24 h later, so the wall clock moves by an hour.
    expect(expiryInDays(30, new Date(Date.UTC(2026, 2, 1, 12, 0)))).toBe('2026-03-31T08:00')
  })
})

describe('toCreateKeyBody', () => {
  it('maps an unlimited key', () => {
    expect(
      toCreateKeyBody(values({ name: '  build agents ', networks: ['private-mesh', 'zero-path'] }), options),
    ).toEqual({
      tags: ['build agents'],
      networks: ['private-mesh', 'zero-path'],
      uses_remaining: 0,
      expiration: 0,
      unlimited: true,
      relay: '',
      auto_assign_gw: false,
      groups: [],
      default: false,
    })
  })

  it('maps a limited key (uses only; no expiry, not unlimited)', () => {
    const body = toCreateKeyBody(values({ type: 'limited', uses: ' 5 ', expiresAt: '2026-12-01T10:00' }), options)
    expect(body).toMatchObject({ uses_remaining: 5, expiration: 0, unlimited: false })
  })

  it('maps a time-bound key to Unix seconds of the local wall-clock time', () => {
    const body = toCreateKeyBody(values({ type: 'time-bound', expiresAt: '2026-12-01T10:30', uses: '7' }), options)
    expect(body).toMatchObject({ uses_remaining: 0, unlimited: false })
    // 10:30 in New York (UTC-5) = 15:30 UTC.
    expect(body.expiration).toBe(Date.UTC(2026, 11, 1, 15, 30) / 1000)
    expect(Number.isInteger(body.expiration)).toBe(true)
  })

  it('sends the chosen gateway, or none when auto-select is on', () => {
    expect(toCreateKeyBody(values({ gatewayId: 'node-1' }), options)).toMatchObject({
      relay: 'node-1',
      auto_assign_gw: false,
    })
    expect(toCreateKeyBody(values({ gatewayId: 'node-1', autoAssignGateway: true }), options)).toMatchObject({
      relay: '',
      auto_assign_gw: true,
    })
  })

  it('sends tag ids of the selected networks only, and none when the server has no tags', () => {
    const input = values({
      networks: ['private-mesh', 'zero-path'],
      tags: ['private-mesh.web', 'zero-path.ops', 'iot-network.sensors'],
    })
    expect(toCreateKeyBody(input, options).groups).toEqual(['private-mesh.web', 'zero-path.ops'])
    expect(toCreateKeyBody(input, { ...options, tagsSupported: false }).groups).toEqual([])
  })

  it('sends default only where the server supports it', () => {
    expect(toCreateKeyBody(values({ isDefault: true }), options).default).toBe(true)
    expect(toCreateKeyBody(values({ isDefault: true }), { ...options, defaultSupported: false }).default).toBe(false)
  })

  it('tagsInNetworks does not confuse networks sharing a prefix', () => {
    expect(tagsInNetworks(['net.web', 'network.web'], ['net'])).toEqual(['net.web'])
  })
})
