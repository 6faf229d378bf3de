import { describe, expect, it } from 'vitest'

import { formatTimeUntil, keyStatus, type KeyStatusFacts } from './key-status'

const NOW = new Date('2026-06-01T12:00:00Z')
const DAY = 86_400_000
const at = (ms: number) => new Date(NOW.getTime() + ms)

const facts = (overrides: Partial<KeyStatusFacts>): KeyStatusFacts => ({
  type: 'unlimited',
  usesRemaining: 0,
  expiresAt: null,
  unlimited: false,
  ...overrides,
})

describe('keyStatus', () => {
  it('an unlimited key is valid', () => {
    const info = keyStatus(facts({ type: 'unlimited', unlimited: true }), NOW)
    expect(info.status).toBe('valid')
    expect(info.reason).toMatch(/unlimited/i)
    expect(info.expiryWarning).toBeNull()
  })

  it('a limited key with uses left is valid and says how many', () => {
    const info = keyStatus(facts({ type: 'limited', usesRemaining: 3 }), NOW)
    expect(info.status).toBe('valid')
    expect(info.reason).toContain('3 uses left')
  })

  it('a limited key with 0 uses left is used up', () => {
    expect(keyStatus(facts({ type: 'limited', usesRemaining: 0 }), NOW).status).toBe('used-up')
  })

  it('a limited key with 0 uses but created unlimited is still valid (the server rule)', () => {
    expect(keyStatus(facts({ type: 'limited', usesRemaining: 0, unlimited: true }), NOW).status).toBe('valid')
  })

  it('a time-bound key in the future is valid', () => {
    const info = keyStatus(facts({ type: 'time-bound', expiresAt: at(90 * DAY) }), NOW)
    expect(info.status).toBe('valid')
    expect(info.expiryWarning).toBeNull()
  })

  it('a time-bound key in the past is expired', () => {
    const info = keyStatus(facts({ type: 'time-bound', expiresAt: at(-DAY) }), NOW)
    expect(info.status).toBe('expired')
    expect(info.reason).toMatch(/^Expired on /)
  })

  it('an expired time-bound key created as unlimited stays valid, and says why', () => {
    const info = keyStatus(facts({ type: 'time-bound', expiresAt: at(-30 * DAY), unlimited: true }), NOW)
    expect(info.status).toBe('valid')
    expect(info.reason).toMatch(/created as unlimited/)
    expect(info.expiryWarning).toBeNull()
  })

  it('a key expiring exactly now is expired (the server needs now < expiration)', () => {
    expect(keyStatus(facts({ type: 'time-bound', expiresAt: at(0) }), NOW).status).toBe('expired')
    expect(keyStatus(facts({ type: 'time-bound', expiresAt: at(1) }), NOW).status).toBe('valid')
  })

  it('type 0 with nothing that makes it usable is invalid', () => {
    const info = keyStatus(facts({ type: 'invalid' }), NOW)
    expect(info.status).toBe('invalid')
    expect(info.reason).toMatch(/no type/)
  })

  it('type 0 with an expired date is invalid, not expired', () => {
    expect(keyStatus(facts({ type: 'invalid', expiresAt: at(-DAY) }), NOW).status).toBe('invalid')
  })

  it('warns when a valid key expires within 7 days', () => {
    expect(keyStatus(facts({ type: 'time-bound', expiresAt: at(2 * DAY) }), NOW).expiryWarning).toBe(
      'Expires in 2 days',
    )
    expect(keyStatus(facts({ type: 'time-bound', expiresAt: at(5 * 3_600_000) }), NOW).expiryWarning).toBe(
      'Expires in 5 hours',
    )
  })

  it('warns at exactly 7 days, not just after', () => {
    expect(keyStatus(facts({ type: 'time-bound', expiresAt: at(7 * DAY) }), NOW).expiryWarning).toBe(
      'Expires in 7 days',
    )
    expect(keyStatus(facts({ type: 'time-bound', expiresAt: at(7 * DAY + 1) }), NOW).expiryWarning).toBeNull()
  })

  it('does not warn for an unlimited key whose expiration is near (it keeps working)', () => {
    expect(keyStatus(facts({ type: 'time-bound', expiresAt: at(DAY), unlimited: true }), NOW).expiryWarning).toBeNull()
  })
})

describe('formatTimeUntil', () => {
  it('rounds to minutes, hours or days', () => {
    expect(formatTimeUntil(30_000)).toBe('in 1 minute')
    expect(formatTimeUntil(45 * 60_000)).toBe('in 45 minutes')
    expect(formatTimeUntil(3_600_000)).toBe('in 1 hour')
    expect(formatTimeUntil(2 * DAY - 60_000)).toBe('in 2 days')
    expect(formatTimeUntil(DAY)).toBe('in 1 day')
  })
})
