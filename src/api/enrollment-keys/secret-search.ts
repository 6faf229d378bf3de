import { decodeToken } from './rules'
import type { EnrollmentKey } from './schemas'

function decodesToToken(word: string): boolean {
  return word.length >= 16 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(word) && decodeToken(word) !== null
}

/**
 * Whether a search term is (or contains) a secret: an enrollment token (base64 of `{server, value}`,
 * e.g. pasted with its join command) or the value or token of a loaded key. Such a term must never be
 * written to the URL (history, `next=`, Referer).
 */
export function looksLikeSecret(term: string, keys: readonly EnrollmentKey[]): boolean {
  const words = term.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return false
  if (words.some(decodesToToken)) return true
  return words.some((word) => word.length >= 8 && keys.some((k) => k.id === word || k.token === word))
}
