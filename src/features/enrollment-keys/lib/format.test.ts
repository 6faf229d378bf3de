import { describe, expect, it } from 'vitest'

import { keyCount, maskToken, rangeLabel, usageLabel } from './format'

describe('usageLabel', () => {
  const base = { usesRemaining: 0, expiresAt: null, unlimited: false }

  it('says Unlimited for unlimited keys', () => {
    expect(usageLabel({ ...base, type: 'unlimited', unlimited: true })).toBe('Unlimited')
  })

  it('counts uses left, singular and plural', () => {
    expect(usageLabel({ ...base, type: 'limited', usesRemaining: 3 })).toBe('3 uses left')
    expect(usageLabel({ ...base, type: 'limited', usesRemaining: 1 })).toBe('1 use left')
    expect(usageLabel({ ...base, type: 'limited', usesRemaining: 0 })).toBe('0 uses left')
  })

  it('shows the expiry in the given locale and time zone', () => {
    const key = { ...base, type: 'time-bound' as const, expiresAt: new Date('2026-12-12T13:00:00Z') }
    expect(usageLabel(key, 'en-GB', 'Europe/Berlin')).toBe('Until 12 Dec 2026, 14:00')
    expect(usageLabel(key, 'en-GB', 'UTC')).toBe('Until 12 Dec 2026, 13:00')
    expect(usageLabel(key, 'en-US', 'America/New_York')).toBe('Until Dec 12, 2026, 08:00 AM')
  })

  it('says No type for a type-0 key with nothing set', () => {
    expect(usageLabel({ ...base, type: 'invalid' })).toBe('No type')
  })
})

describe('maskToken', () => {
  const value = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const token = btoa(JSON.stringify({ server: 'api.netmaker.example.com', value }))

  it("shows dots and the last 4 characters of the token's key, never the rest", () => {
    const masked = maskToken(token)
    expect(masked).toBe('••••••••4567')
    expect(masked).not.toContain(token.slice(0, 6))
  })

  it('tells apart tokens that share their first characters', () => {
    const other = btoa(JSON.stringify({ server: 'api.netmaker.example.com', value: value.replace('4567', 'WXYZ') }))
    expect(token.slice(0, 6)).toBe(other.slice(0, 6))
    expect(maskToken(token)).not.toBe(maskToken(other))
  })

  it("falls back to the token's last characters when it is not a Netmaker token", () => {
    expect(maskToken('not-base64-json-token==')).toBe('••••••••oken')
  })
})

describe('rangeLabel', () => {
  it('formats the paging count', () => {
    expect(rangeLabel(1, 25, 312)).toBe('1–25 of 312 keys')
    expect(rangeLabel(10001, 10005, 10005)).toBe('10,001–10,005 of 10,005 keys')
    expect(rangeLabel(1, 1, 1)).toBe('1–1 of 1 key')
    expect(rangeLabel(0, 0, 0)).toBe('0 keys')
  })
})

describe('keyCount', () => {
  it('counts keys with thousands separators', () => {
    expect(keyCount(1)).toBe('1 key')
    expect(keyCount(0)).toBe('0 keys')
    expect(keyCount(1990)).toBe('1,990 keys')
  })
})
