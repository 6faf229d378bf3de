import { countOf } from '@/lib/format'

import { isApiError } from './client'

/** "45 seconds", "2 minutes", "1 hour", "1 hour and 30 minutes". */
export function formatWait(seconds: number): string {
  const s = Math.max(1, Math.round(seconds))
  if (s < 60) return countOf(s, 'second')
  const minutes = Math.round(s / 60)
  if (minutes < 60) return countOf(minutes, 'minute')
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest ? `${countOf(hours, 'hour')} and ${countOf(rest, 'minute')}` : countOf(hours, 'hour')
}

/**
 * What to say about a `429`: how long to wait (from `Retry-After`), and the server's own words when it
 * gave any. With neither, say that a Netmaker lockout can last an hour rather than "a moment".
 * One wording for every 429 (sign-in and key actions alike).
 */
export function rateLimitMessage(error: unknown, what = 'requests'): string {
  const retryAfter = isApiError(error) ? error.retryAfterSeconds : null
  const serverSays = isApiError(error) ? error.message.trim() : ''
  const generic = /^429\b|^Request failed with status 429$/.test(serverSays)
  const said = serverSays && !generic ? ` The server says: “${serverSays}”.` : ''
  if (retryAfter !== null) {
    return `Too many ${what}: the server refuses more for now. Try again in ${formatWait(retryAfter)}.${said}`
  }
  if (said) return `Too many ${what}: the server refuses more for now.${said}`
  return `Too many ${what}: the server refuses more for now and did not say for how long. A Netmaker sign-in lockout lasts up to an hour.`
}
