import { describe, expect, it } from 'vitest'

import { authenticate } from '@/api/auth/requests'
import { ApiError } from '@/api/client'

import { signInErrorMessage } from './sign-in-error'
import type { SignInRequest } from './use-sign-in'

const request: SignInRequest = {
  method: 'password',
  serverUrl: 'http://localhost',
  username: 'admin',
  password: 'wrong',
  remember: false,
}

describe('signInErrorMessage: the sign-in lockout (429)', () => {
  it('says how long to wait when the server sent Retry-After', () => {
    expect(signInErrorMessage(new ApiError(429, 'too many requests', 'http', { retryAfterSeconds: 45 }), request)).toBe(
      'Too many sign-in attempts from this address. Wait 45 seconds, then try again.',
    )
    expect(
      signInErrorMessage(new ApiError(429, 'too many requests', 'http', { retryAfterSeconds: 3600 }), request),
    ).toMatch(/Wait 60 minutes/)
  })

  it('names the server’s lockout when the wait is not visible', () => {
    expect(signInErrorMessage(new ApiError(429, 'too many requests'), request)).toMatch(
      /refuses sign-in for a while \(an hour unless its AUTH_RATE_LIMIT_LOCKOUT_DURATION/,
    )
  })

  it('reads Retry-After from the mock’s lockout after 10 wrong passwords, and nothing retries', async () => {
    const attempt = () => authenticate(request.serverUrl, { username: 'admin', password: 'wrong-password' })
    for (let i = 0; i < 10; i++) await expect(attempt()).rejects.toMatchObject({ status: 400 })
    const error: unknown = await attempt().catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 60 })
    expect(signInErrorMessage(error, request)).toBe(
      'Too many sign-in attempts from this address. Wait 60 seconds, then try again.',
    )
  })
})
