import { describe, expect, it } from 'vitest'

import { countOf, formatCount, formatDateTime, formatList, formatRelative, formatTime } from './format'

describe('formatCount and countOf', () => {
  it('group thousands and pick the singular or plural word', () => {
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(countOf(1, 'key')).toBe('1 key')
    expect(countOf(0, 'key')).toBe('0 keys')
    expect(countOf(1990, 'key')).toBe('1,990 keys')
    expect(countOf(2, 'entry', 'entries')).toBe('2 entries')
  })
})

describe('formatList', () => {
  it('joins names the way a sentence does', () => {
    expect(formatList(['a'])).toBe('a')
    expect(formatList(['a', 'b'])).toBe('a and b')
    expect(formatList(['a', 'b', 'c'])).toBe('a, b and c')
  })
})

describe('formatDateTime', () => {
  it('formats day, short month, year and 24h time in en-GB', () => {
    expect(formatDateTime(new Date('2026-01-03T09:05:00Z'), 'en-GB', 'UTC')).toBe('3 Jan 2026, 09:05')
  })
})

describe('formatRelative', () => {
  const now = new Date('2026-06-01T12:00:00Z')
  it('says in N days / N days ago', () => {
    expect(formatRelative(new Date('2026-06-03T12:00:00Z'), now, 'en')).toBe('in 2 days')
    expect(formatRelative(new Date('2026-05-31T12:00:00Z'), now, 'en')).toBe('yesterday')
    expect(formatRelative(new Date('2026-08-30T12:00:00Z'), now, 'en')).toBe('in 3 months')
  })
})

describe('formatTime', () => {
  it('gives the hour and minute only, in the given locale and time zone', () => {
    expect(formatTime(new Date('2026-01-03T09:05:00Z'), 'en-GB', 'UTC')).toBe('09:05')
    expect(formatTime(new Date('2026-01-03T21:05:00Z'), 'en-US', 'UTC')).toBe('09:05 PM')
  })
})
