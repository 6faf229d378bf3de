import { isApiError } from '@/api/client'
import { countOf } from '@/lib/format'

import type { SignInRequest } from './use-sign-in'

/** What to tell the user when signing in failed, in words that point at the fix. */
export function signInErrorMessage(error: unknown, request: SignInRequest): string {
  const where = request.serverUrl || window.location.origin
  if (!isApiError(error)) return 'Signing in failed. Try again.'
  switch (error.kind) {
    case 'network':
      return `Could not reach the server at ${where}. Check the URL and your connection.`
    case 'timeout':
      return `The server at ${where} did not answer in time. Try again in a moment.`
    case 'invalid-response':
      return `The server at ${where} did not answer like a Netmaker server. Check the URL.`
    case 'aborted':
      return 'Signing in was cancelled.'
    case 'offline':
      return error.message
    case 'http':
      break
  }
  if (request.method === 'password' && (error.status === 400 || error.status === 401)) {
    return 'Incorrect username or password'
  }
  if (request.method === 'master-key' && error.status === 401) return 'That master key was not accepted'
  if (request.method === 'master-key' && error.status === 403) {
    return 'That key was accepted but may not read enrollment keys. Use the master key of the server.'
  }
  if (error.status === 404 || error.status === 405) {
    return `No Netmaker API answered at ${where}. Check the URL.`
  }
  if (error.status === 429) return tooManyAttempts(error.retryAfterSeconds)
  if (error.status >= 500) return `The server had a problem (${error.status}): ${error.message}`
  return error.message
}

/**
 * Netmaker (v1.6+) locks an address out after 10 sign-in attempts in a minute. Nothing retries: the message
 * says how long to wait when the server said so, else what the server's lockout is.
 */
function tooManyAttempts(seconds: number | null): string {
  if (seconds === null) {
    return 'Too many sign-in attempts from this address: the server refuses sign-in for a while (an hour unless its AUTH_RATE_LIMIT_LOCKOUT_DURATION says otherwise). Try again later.'
  }
  const wait = seconds < 90 ? countOf(seconds, 'second') : `${Math.ceil(seconds / 60)} minutes`
  return `Too many sign-in attempts from this address. Wait ${wait}, then try again.`
}
