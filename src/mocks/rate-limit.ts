/**
 * The sign-in rate limit of v1.6+ servers: per client address a token bucket of 10 attempts, refilled at
 * 10 a minute; an attempt with the bucket empty locks the address out. During a lockout every attempt,
 * right password or not, answers 429 with `Retry-After` (seconds left). The server's lockout lasts
 * AUTH_RATE_LIMIT_LOCKOUT_DURATION seconds (default 3600); the mock's lasts a minute.
 */
export const RATE_LIMIT_BURST = 10
const REFILL_MS = 6_000
export const MOCK_LOCKOUT_SECONDS = 60

type Visitor = { tokens: number; at: number }
const visitors = new Map<string, Visitor>()
const lockouts = new Map<string, number>()

/** The address the server keys on: the last X-Forwarded-For entry, else X-Real-IP, else the peer. */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get('X-Forwarded-For')
  if (forwarded) return forwarded.split(',').at(-1)?.trim() ?? ''
  return request.headers.get('X-Real-IP')?.trim() || 'peer'
}

/** null when the attempt may go on, else the seconds to wait. */
export function signInRetryAfter(address: string, now = Date.now()): number | null {
  const until = lockouts.get(address)
  if (until !== undefined) {
    if (now < until) return Math.max(1, Math.round((until - now) / 1000))
    lockouts.delete(address)
  }
  const visitor = visitors.get(address) ?? { tokens: RATE_LIMIT_BURST, at: now }
  visitor.tokens = Math.min(RATE_LIMIT_BURST, visitor.tokens + (now - visitor.at) / REFILL_MS)
  visitor.at = now
  visitors.set(address, visitor)
  if (visitor.tokens < 1) {
    lockouts.set(address, now + MOCK_LOCKOUT_SECONDS * 1000)
    return MOCK_LOCKOUT_SECONDS
  }
  visitor.tokens -= 1
  return null
}

export function resetRateLimit(): void {
  visitors.clear()
  lockouts.clear()
}
