import { describe, expect, it } from 'vitest'

import { makeKey } from '@/test/factories'

import { isExpiredOrUsedUp } from './cleanup'
import { defaultTakeovers } from './default-takeovers'

describe('defaultTakeovers', () => {
  it('names the default keys that lose the default, and for which of the networks', () => {
    const multi = makeKey({ id: 'm', name: 'multi-site-web', networks: ['private-mesh', 'zero-path'] })
    const keys = [
      makeKey({ id: 'pm', name: 'private-mesh', networks: ['private-mesh'], isDefault: true }),
      makeKey({ id: 'zp', name: 'zero-path', networks: ['zero-path', 'turbo-link'], isDefault: true }),
      makeKey({ id: 'iot', name: 'iot-network', networks: ['iot-network'], isDefault: true }),
      makeKey({ id: 'o', name: 'office-laptops', networks: ['private-mesh'] }),
      multi,
    ]
    expect(defaultTakeovers(multi, keys).map((t) => [t.key.name, t.networks])).toEqual([
      ['private-mesh', ['private-mesh']],
      ['zero-path', ['zero-path']],
    ])
  })
})

describe('isExpiredOrUsedUp', () => {
  const now = new Date('2026-11-25T00:00:00Z')
  const past = new Date('2026-03-31T18:00:00Z')

  it('picks expired time-bound keys and used-up limited keys', () => {
    expect(
      isExpiredOrUsedUp(makeKey({ id: 'a', name: 'a', type: 'time-bound', unlimited: false, expiresAt: past }), now),
    ).toBe(true)
    expect(isExpiredOrUsedUp(makeKey({ id: 'b', name: 'b', type: 'limited', unlimited: false }), now)).toBe(true)
  })

  it('leaves usable, invalid and default keys alone', () => {
    // Expired date but unlimited: the server still accepts it.
    expect(isExpiredOrUsedUp(makeKey({ id: 'c', name: 'c', type: 'time-bound', expiresAt: past }), now)).toBe(false)
    expect(
      isExpiredOrUsedUp(makeKey({ id: 'd', name: 'd', type: 'limited', unlimited: false, usesRemaining: 1 }), now),
    ).toBe(false)
    expect(isExpiredOrUsedUp(makeKey({ id: 'e', name: 'e', type: 'invalid', unlimited: false }), now)).toBe(false)
    expect(
      isExpiredOrUsedUp(makeKey({ id: 'f', name: 'f', type: 'limited', unlimited: false, isDefault: true }), now),
    ).toBe(false)
  })
})
