import { describe, expect, it } from 'vitest'

import { hasInvisibleCharacters, showInvisibleCharacters } from './visible-text'

describe('showInvisibleCharacters', () => {
  it('marks right-to-left overrides and zero-width characters, so look-alike names differ visibly', () => {
    expect(showInvisibleCharacters('office\u202Etxt.exe')).toBe('office⟦U+202E⟧txt.exe')
    expect(showInvisibleCharacters('lap\u200Btops')).toBe('lap⟦U+200B⟧tops')
    expect(showInvisibleCharacters('\u2067admin\u2069')).toBe('⟦U+2067⟧admin⟦U+2069⟧')
    expect(hasInvisibleCharacters('laptops')).toBe(false)
    expect(hasInvisibleCharacters('lap\uFEFFtops')).toBe(true)
  })

  it('leaves the joiners inside an emoji alone, but not a joiner hidden between letters', () => {
    const coder = '🔑 keys 🚀 for 👩🏽‍💻 hosts'
    expect(showInvisibleCharacters(coder)).toBe(coder)
    expect(hasInvisibleCharacters('👨‍👩‍👧')).toBe(false)
    expect(showInvisibleCharacters('lap‍tops')).toBe('lap⟦U+200D⟧tops')
    expect(showInvisibleCharacters('🔑‍key')).toBe('🔑⟦U+200D⟧key')
  })

  it('leaves ordinary text, accents and other scripts alone', () => {
    for (const text of ['office-laptops', 'Büro Köln', 'مفتاح', '鍵']) expect(showInvisibleCharacters(text)).toBe(text)
  })
})
