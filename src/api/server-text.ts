/**
 * Turning what a failing server (or a proxy in front of it) sent into a message a person can read:
 * HTML error pages and Go panic traces are summarised, long text is cut to its first line. The raw text
 * stays available (truncated) for a "details" disclosure.
 */
export const MAX_MESSAGE_LENGTH = 160
export const MAX_DETAILS_LENGTH = 2000

function looksLikeHtml(text: string, contentType: string | null): boolean {
  return /html/i.test(contentType ?? '') || /^\s*<(?:!doctype|html|head|body|center|h1|title)\b/i.test(text)
}

function looksLikeGoPanic(text: string): boolean {
  return /^panic:|\bgoroutine \d+ \[|runtime error:|\.go:\d+/m.test(text)
}

/** A short message for a failed answer's text (already reduced to Netmaker's `Message` when it had one). */
export function readableServerText(text: string, status: number, contentType: string | null): string {
  const trimmed = text.trim()
  if (looksLikeHtml(trimmed, contentType)) {
    return `The server (or a proxy in front of it) answered ${status} with a web page instead of an API answer.`
  }
  if (looksLikeGoPanic(trimmed)) return `The server failed with an internal error (${status}).`
  const firstLine = (trimmed.split(/\r?\n/, 1)[0] ?? '').trim()
  if (firstLine.length > MAX_MESSAGE_LENGTH) return `${firstLine.slice(0, MAX_MESSAGE_LENGTH).trimEnd()}…`
  if (firstLine !== trimmed) return `${firstLine} …`
  return firstLine
}

/** The raw answer for "details": at most MAX_DETAILS_LENGTH characters. */
export function rawDetails(text: string): string | null {
  const trimmed = text.trim()
  if (!trimmed) return null
  if (trimmed.length <= MAX_DETAILS_LENGTH) return trimmed
  return `${trimmed.slice(0, MAX_DETAILS_LENGTH)}\n… (${trimmed.length - MAX_DETAILS_LENGTH} more characters not shown)`
}
