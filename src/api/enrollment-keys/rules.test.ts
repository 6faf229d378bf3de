import { describe, expect, it } from 'vitest'

import { makeKey } from '@/test/factories'

import { decodeToken, isDeletable, isKeyUsable, keyStatusOf, losesDefaultTo, networksTakenOver } from './rules'

const NOW = new Date('2026-06-01T12:00:00Z')
const at = (ms: number) => new Date(NOW.getTime() + ms)
const none = { usesRemaining: 0, expiresAt: null, unlimited: false }

describe('isKeyUsable', () => {
  it('is usable with uses left, a future expiration, or unlimited', () => {
    expect(isKeyUsable({ ...none, usesRemaining: 1 }, NOW)).toBe(true)
    expect(isKeyUsable({ ...none, expiresAt: at(1) }, NOW)).toBe(true)
    expect(isKeyUsable({ ...none, unlimited: true }, NOW)).toBe(true)
    expect(isKeyUsable({ ...none, unlimited: true, expiresAt: at(-1) }, NOW)).toBe(true)
  })

  it('is not usable with nothing left, or an expiration that is now or past', () => {
    expect(isKeyUsable(none, NOW)).toBe(false)
    expect(isKeyUsable({ ...none, expiresAt: at(0) }, NOW)).toBe(false)
    expect(isKeyUsable({ ...none, expiresAt: at(-1) }, NOW)).toBe(false)
  })
})

describe('keyStatusOf', () => {
  it('says why a key that is not usable is refused', () => {
    expect(keyStatusOf({ ...none, type: 'limited' }, NOW)).toBe('used-up')
    expect(keyStatusOf({ ...none, type: 'time-bound', expiresAt: at(-1) }, NOW)).toBe('expired')
    expect(keyStatusOf({ ...none, type: 'time-bound' }, NOW)).toBe('invalid')
    expect(keyStatusOf({ ...none, type: 'invalid', expiresAt: at(-1) }, NOW)).toBe('invalid')
  })

  it('calls every usable key valid, whatever its type', () => {
    expect(keyStatusOf({ ...none, type: 'invalid', usesRemaining: 2 }, NOW)).toBe('valid')
    expect(keyStatusOf({ ...none, type: 'limited', unlimited: true }, NOW)).toBe('valid')
  })
})

describe('default takeover', () => {
  const next = makeKey({ id: 'next', networks: ['a', 'b'] })

  it('takes over the networks a default key shares with the new default', () => {
    const old = makeKey({ id: 'old', networks: ['b', 'c'], isDefault: true })
    expect(networksTakenOver(next, old)).toEqual(['b'])
    expect(losesDefaultTo(next, old)).toBe(true)
  })

  it('leaves keys that are not default, share no network, or are the new default itself', () => {
    expect(losesDefaultTo(next, makeKey({ networks: ['a'], isDefault: false }))).toBe(false)
    expect(losesDefaultTo(next, makeKey({ networks: ['c'], isDefault: true }))).toBe(false)
    expect(losesDefaultTo(next, { ...next, isDefault: true })).toBe(false)
  })
})

describe('isDeletable', () => {
  it('refuses default keys only', () => {
    expect(isDeletable({ isDefault: true })).toBe(false)
    expect(isDeletable({ isDefault: false })).toBe(true)
  })
})

describe('decodeToken', () => {
  const SERVER = 'api.netmaker.example.com'
  const VALUE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const TOKEN = btoa(JSON.stringify({ server: SERVER, value: VALUE }))

  it('decodes standard base64 of {server, value}', () => {
    expect(decodeToken(TOKEN)).toEqual({ server: SERVER, value: VALUE })
  })

  it('accepts URL-safe base64 and missing padding', () => {
    const urlSafe = btoa(JSON.stringify({ server: '??>>', value: VALUE }))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')
    expect(urlSafe).toMatch(/[-_]/)
    expect(decodeToken(urlSafe)).toEqual({ server: '??>>', value: VALUE })
  })

  it('refuses what is not base64 JSON of the token shape', () => {
    expect(decodeToken('not a token at all!')).toBeNull()
    expect(decodeToken(btoa('{"server":"x"}'))).toBeNull()
    expect(decodeToken(btoa('{"server":"x","value":""}'))).toBeNull()
    expect(decodeToken(btoa('{"server":"","value":"x"}'))).toBeNull()
    expect(decodeToken(btoa('{"server":1,"value":2}'))).toBeNull()
    expect(decodeToken(btoa('hello world, this is text'))).toBeNull()
  })
})
