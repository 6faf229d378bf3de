/**
 * Characters that change how text looks without being seen: bidirectional controls (which can make
 * "keyA‮txt" read backwards) and zero-width characters (which make two names that look the same differ).
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

const ZERO_WIDTH_JOINER = '\u200D'
const PICTOGRAPH = /\p{Extended_Pictographic}/u

function isPictograph(codePoint: number | undefined): boolean {
  return codePoint !== undefined && PICTOGRAPH.test(String.fromCodePoint(codePoint))
}

/** The code point that ends just before `offset` (a surrogate pair counts as one). */
function codePointBefore(text: string, offset: number): number | undefined {
  const last = text.charCodeAt(offset - 1)
  if (last >= 0xdc00 && last <= 0xdfff && offset >= 2) return text.codePointAt(offset - 2)
  return offset >= 1 ? last : undefined
}

/**
 * A zero-width joiner between two parts of one emoji (👩🏽‍💻) is how the emoji is written, not a hidden
 * character: after a pictograph, a skin tone (U+1F3FB–U+1F3FF) or the emoji form selector, and before a
 * pictograph. (Code points are compared directly: some browsers mis-match astral ranges in regexes.)
 */
function joinsEmoji(text: string, offset: number): boolean {
  const before = codePointBefore(text, offset)
  const emojiBefore =
    before !== undefined && (isPictograph(before) || (before >= 0x1f3fb && before <= 0x1f3ff) || before === 0xfe0f)
  return emojiBefore && isPictograph(text.codePointAt(offset + 1))
}

/** The text with each invisible or direction-changing character shown as a visible marker, e.g. "⟦U+202E⟧". */
export function showInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, (ch: string, offset: number) =>
    ch === ZERO_WIDTH_JOINER && joinsEmoji(text, offset)
      ? ch
      : `⟦U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟧`,
  )
}

export function hasInvisibleCharacters(text: string): boolean {
  return showInvisibleCharacters(text) !== text
}
