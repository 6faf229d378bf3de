/**
 * Characters that change how text looks without being seen: bidirectional controls (which can make
 * "keyA‮txt" read backwards) and zero-width characters (which make two names that look the same differ).
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

export function hasInvisibleCharacters(text: string): boolean {
  INVISIBLE.lastIndex = 0
  const found = INVISIBLE.test(text)
  INVISIBLE.lastIndex = 0
  return found
}

/** The text with each invisible or direction-changing character shown as a visible marker, e.g. "⟦U+202E⟧". */
export function showInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, (ch) => `⟦U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟧`)
}
