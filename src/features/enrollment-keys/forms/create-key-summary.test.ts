import { describe, expect, it } from 'vitest'

import { placeCreateKeyError } from './create-key-errors'
import { createKeyDefaultValues, type CreateKeyFormValues } from './create-key-form'
import { summarizeKey } from './create-key-summary'

function values(overrides: Partial<CreateKeyFormValues> = {}): CreateKeyFormValues {
  return { ...createKeyDefaultValues, name: 'web', networks: ['private-mesh', 'zero-path'], ...overrides }
}

describe('summarizeKey', () => {
  it('says the whole key in plain words', () => {
    expect(summarizeKey(values({ autoAssignGateway: true }), { tagNames: ['web', 'db'], defaultSupported: true })).toBe(
      'Unlimited key for private-mesh and zero-path, gateway auto-selected, tags: web, db',
    )
  })

  it('names the gateway, uses and default', () => {
    expect(
      summarizeKey(values({ type: 'limited', uses: '1', gatewayId: 'n1', isDefault: true, networks: ['netmaker'] }), {
        gatewayLabel: 'relay-fra-01 (netmaker)',
        tagNames: [],
        defaultSupported: true,
      }),
    ).toBe('Key for 1 use for netmaker, gateway relay-fra-01 (netmaker), no tags, default key for its networks')
  })

  it('leaves out tags on servers without them', () => {
    expect(summarizeKey(values({ type: 'limited', uses: '1000' }), { defaultSupported: false })).toBe(
      'Key for 1,000 uses for private-mesh and zero-path, no gateway',
    )
  })
})

describe('placeCreateKeyError', () => {
  it.each([
    ['key names must be unique', 'name'],
    ['validation error: name length must be between 3 and 32: ab', 'name'],
    ['default enrollment keys require at least one network or tag', 'networks'],
    ["relay node not in key's networks", 'gatewayId'],
    ['relay node is not a relay', 'gatewayId'],
    ['no result found', 'gatewayId'],
    ['invalid UUID length: 3', 'gatewayId'],
  ])('puts %j on %s', (message, field) => {
    expect(placeCreateKeyError(message)).toMatchObject({ kind: 'field', field })
  })

  it('keeps anything else for the review step, with the server message', () => {
    expect(placeCreateKeyError('database is locked')).toEqual({ kind: 'general', message: 'database is locked' })
  })
})
