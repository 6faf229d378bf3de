import { describe, expect, it } from 'vitest'

import { nextPath } from './next-path'

describe('nextPath', () => {
  it('returns a path inside the app, with its query', () => {
    expect(nextPath('next=%2Fkeys%3Fq%3Doffice')).toBe('/keys?q=office')
    expect(nextPath('?next=/keys/ABC')).toBe('/keys/ABC')
  })

  it('falls back to Keys for a missing, foreign or looping target', () => {
    expect(nextPath('')).toBe('/keys')
    expect(nextPath('next=')).toBe('/keys')
    expect(nextPath('next=https%3A%2F%2Fevil.example')).toBe('/keys')
    expect(nextPath('next=%2F%2Fevil.example')).toBe('/keys')
    expect(nextPath('next=%2F%5Cevil.example')).toBe('/keys')
    expect(nextPath('next=%2Flogin%3Fnext%3D%2Fkeys')).toBe('/keys')
    expect(nextPath('next=%2Flogin')).toBe('/keys')
  })

  it('keeps pages that merely start with "login"', () => {
    expect(nextPath('next=%2Floginsettings')).toBe('/loginsettings')
  })
})
