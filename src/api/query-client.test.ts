import { type QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { ApiError } from '@/api/client'
import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import { createQueryClient, shouldRetry } from '@/api/query-client'
import { sessionStore } from '@/lib/session'
import { server } from '@/mocks/node'

describe('shouldRetry()', () => {
  it.each([400, 401, 403, 404, 409, 422])('never retries a %i', (status) => {
    expect(shouldRetry(0, new ApiError(status, 'no'))).toBe(false)
  })

  it.each([500, 502, 503])('retries a %i twice, then stops', (status) => {
    const error = new ApiError(status, 'server error')
    expect(shouldRetry(0, error)).toBe(true)
    expect(shouldRetry(1, error)).toBe(true)
    expect(shouldRetry(2, error)).toBe(false)
  })

  it('retries a network failure twice, then stops', () => {
    const error = new ApiError(0, 'no answer', 'network')
    expect([0, 1, 2].map((n) => shouldRetry(n, error))).toEqual([true, true, false])
  })

  it('times out once: a timeout is not retried (no stacked 15 s waits)', () => {
    expect(shouldRetry(0, new ApiError(0, 'did not answer', 'timeout'))).toBe(false)
  })

  it('does not retry while offline', () => {
    expect(shouldRetry(0, new ApiError(0, 'offline', 'offline'))).toBe(false)
  })

  it('does not retry a cancellation, a broken answer or a non-API error', () => {
    expect(shouldRetry(0, new ApiError(0, 'cancelled', 'aborted'))).toBe(false)
    expect(shouldRetry(0, new ApiError(200, 'bad shape', 'invalid-response'))).toBe(false)
    expect(shouldRetry(0, new TypeError('bug'))).toBe(false)
  })
})

describe('createQueryClient()', () => {
  let queryClient: QueryClient

  beforeEach(() => {
    sessionStore.signIn({ token: 'jwt-of-admin', serverUrl: '', username: 'admin' }, false)
    queryClient = createQueryClient()
  })
  afterEach(() => {
    queryClient.clear()
    sessionStore.reset()
  })

  /** Fetch the key list with the client's retry rules, but without waiting between tries. */
  function fetchKeys() {
    return queryClient.fetchQuery({ ...enrollmentKeyQueries.list(), retryDelay: 0 })
  }

  function answerKeysWith(status: number) {
    const calls = { count: 0 }
    server.use(
      http.get('*/api/v1/enrollment-keys', () => {
        calls.count += 1
        return HttpResponse.json({ Code: status, Message: `status ${status}`, Response: null }, { status })
      }),
    )
    return calls
  }

  it('tries a 5xx three times in all (two retries)', async () => {
    const calls = answerKeysWith(500)

    await expect(fetchKeys()).rejects.toMatchObject({ status: 500 })
    expect(calls.count).toBe(3)
  })

  it('tries a 4xx once', async () => {
    const calls = answerKeysWith(404)

    await expect(fetchKeys()).rejects.toMatchObject({ status: 404 })
    expect(calls.count).toBe(1)
  })

  it('signs out as "expired" and clears the cache when a query answers 401', async () => {
    queryClient.setQueryData(['networks', 'list'], [{ netid: 'iot-network' }])
    answerKeysWith(401)

    await expect(fetchKeys()).rejects.toMatchObject({ status: 401 })

    expect(sessionStore.get()).toBeNull()
    expect(sessionStore.getSnapshot().lastSignOut).toBe('expired')
    expect(queryClient.getQueryData(['networks', 'list'])).toBeUndefined()
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
    expect(sessionStorage.getItem('nm-console.session')).toBeNull()
  })

  it('signs out as "expired" when a mutation answers 401', async () => {
    server.use(
      http.delete('*/api/v1/enrollment-keys/:id', () =>
        HttpResponse.json({ Code: 401, Message: 'unauthorized', Response: null }, { status: 401 }),
      ),
    )
    const { deleteEnrollmentKey } = await import('@/api/enrollment-keys/requests')
    const mutation = queryClient.getMutationCache().build(queryClient, {
      mutationFn: () => deleteEnrollmentKey('ABC'),
    })

    await expect(mutation.execute(undefined)).rejects.toMatchObject({ status: 401 })

    expect(sessionStore.get()).toBeNull()
    expect(sessionStore.getSnapshot().lastSignOut).toBe('expired')
  })

  it('stays signed in on a 403 (read-only role)', async () => {
    answerKeysWith(403)

    await expect(fetchKeys()).rejects.toMatchObject({ status: 403 })

    expect(sessionStore.get()?.token).toBe('jwt-of-admin')
    expect(sessionStore.getSnapshot().lastSignOut).toBeNull()
  })

  it('forgets cached data when the user signs out', () => {
    queryClient.setQueryData(['networks', 'list'], [{ netid: 'iot-network' }])

    sessionStore.signOut()

    expect(queryClient.getQueryData(['networks', 'list'])).toBeUndefined()
    expect(sessionStore.getSnapshot().lastSignOut).toBe('signed-out')
  })
})
