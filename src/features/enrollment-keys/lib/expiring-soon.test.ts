import { describe, expect, it } from 'vitest'

import {
  DEFAULT_SOON_WINDOW,
  expiringSoonSummary,
  LOW_USES_LEFT,
  parseSoonWindow,
  stopsSoon,
  stopsSoonMark,
} from './expiring-soon'
import type { KeyStatusFacts } from './key-status'

const NOW = new Date('2026-06-01T12:00:00Z')
const HOUR = 3_600_000
const DAY = 24 * HOUR
const at = (ms: number) => new Date(NOW.getTime() + ms)

const facts = (overrides: Partial<KeyStatusFacts>): KeyStatusFacts => ({
  type: 'time-bound',
  usesRemaining: 0,
  expiresAt: null,
  unlimited: false,
  ...overrides,
})

describe('stopsSoon', () => {
  it('a time-bound key expiring within the window stops soon, with when and why', () => {
    const soon = stopsSoon(facts({ expiresAt: at(2 * DAY) }), NOW, 7)
    expect(soon).toMatchObject({ cause: 'time', stopsAt: at(2 * DAY) })
    expect(soon?.reason).toMatch(/^Stops working in 2 days \(/)
  })

  it('the window is inclusive at its end and follows the chosen length', () => {
    expect(stopsSoon(facts({ expiresAt: at(7 * DAY) }), NOW, 7)).not.toBeNull()
    expect(stopsSoon(facts({ expiresAt: at(7 * DAY + 1) }), NOW, 7)).toBeNull()
    expect(stopsSoon(facts({ expiresAt: at(10 * DAY) }), NOW, 14)).not.toBeNull()
    expect(stopsSoon(facts({ expiresAt: at(2 * DAY) }), NOW, 1)).toBeNull()
  })

  it('a key that already stopped is not "expiring soon"', () => {
    expect(stopsSoon(facts({ expiresAt: at(-HOUR) }), NOW, 7)).toBeNull()
    expect(stopsSoon(facts({ type: 'limited', usesRemaining: 0 }), NOW, 7)).toBeNull()
    expect(stopsSoon(facts({ type: 'invalid' }), NOW, 7)).toBeNull()
  })

  it('an unlimited key never stops by itself, even with an expiration inside the window', () => {
    expect(stopsSoon(facts({ unlimited: true, expiresAt: at(DAY) }), NOW, 7)).toBeNull()
    expect(stopsSoon(facts({ type: 'unlimited', unlimited: true }), NOW, 30)).toBeNull()
  })

  it(`a limited key with ${LOW_USES_LEFT} uses left or fewer is running out, and says so`, () => {
    expect(stopsSoon(facts({ type: 'limited', usesRemaining: 1 }), NOW, 7)).toEqual({
      cause: 'uses',
      usesLeft: 1,
      reason: 'Only 1 use left',
    })
    expect(stopsSoon(facts({ type: 'limited', usesRemaining: 2 }), NOW, 7)?.reason).toBe('Only 2 uses left')
    expect(stopsSoon(facts({ type: 'limited', usesRemaining: 3 }), NOW, 7)).toBeNull()
  })

  it('the low-uses rule does not depend on the window', () => {
    expect(stopsSoon(facts({ type: 'limited', usesRemaining: 1 }), NOW, 1)).not.toBeNull()
  })

  it('few uses left do not count while a later expiration keeps the key working past the window', () => {
    expect(stopsSoon(facts({ type: 'invalid', usesRemaining: 1, expiresAt: at(30 * DAY) }), NOW, 7)).toBeNull()
    expect(stopsSoon(facts({ type: 'invalid', usesRemaining: 1, expiresAt: at(3 * DAY) }), NOW, 7)?.cause).toBe('uses')
  })
})

describe('stopsSoonMark', () => {
  it('is short: the time left or the uses left', () => {
    const time = stopsSoon(facts({ expiresAt: at(5 * HOUR) }), NOW, 7)
    const uses = stopsSoon(facts({ type: 'limited', usesRemaining: 2 }), NOW, 7)
    expect(time && stopsSoonMark(time, NOW)).toBe('Expires in 5 hours')
    expect(uses && stopsSoonMark(uses, NOW)).toBe('2 uses left')
  })
})

describe('parseSoonWindow', () => {
  it('accepts only the offered windows', () => {
    expect(parseSoonWindow('14')).toBe(14)
    expect(parseSoonWindow('1')).toBe(1)
    expect(parseSoonWindow('5')).toBeNull()
    expect(parseSoonWindow('7d')).toBeNull()
    expect(parseSoonWindow(null)).toBeNull()
    expect(DEFAULT_SOON_WINDOW).toBe(7)
  })
})

describe('expiringSoonSummary', () => {
  it('counts keys and names the window', () => {
    expect(expiringSoonSummary(3, 7)).toBe('3 keys stop working within 7 days')
    expect(expiringSoonSummary(1, 1)).toBe('1 key stops working within 1 day')
    expect(expiringSoonSummary(1200, 30)).toBe('1,200 keys stop working within 30 days')
  })
})
