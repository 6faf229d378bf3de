import { delay, http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as z from 'zod/mini'

import { ApiError, buildUrl, isApiError, request } from '@/api/client'
import { DEMO_MASTER_KEY } from '@/lib/demo'
import { sessionStore } from '@/lib/session'
import { server } from '@/mocks/node'

const networksSchema = z.array(z.object({ netid: z.string(), addressrange: z.string() }))

/** Run a request that must fail and hand back its ApiError. */
async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (isApiError(error)) return error
    throw new Error(`expected an ApiError, got ${String(error)}`)
  }
  throw new Error('expected the request to fail, it succeeded')
}

function signIn(token = 'session-token-123', serverUrl = '') {
  sessionStore.signIn({ token, serverUrl, username: 'admin' }, false)
}

beforeEach(() => sessionStore.reset())
afterEach(() => sessionStore.reset())

describe('request(): success', () => {
  it('returns the body parsed by the schema', async () => {
    signIn()
    server.use(
      http.get('*/api/networks', () =>
        HttpResponse.json([
          { netid: 'iot-network', addressrange: '10.10.0.0/16', extra: 'dropped by the schema' },
          { netid: 'netmaker', addressrange: '10.20.0.0/16' },
        ]),
      ),
    )

    const networks = await request('/api/networks', { schema: networksSchema })

    expect(networks).toEqual([
      { netid: 'iot-network', addressrange: '10.10.0.0/16' },
      { netid: 'netmaker', addressrange: '10.20.0.0/16' },
    ])
  })

  it('resolves to undefined on an empty 200 when no schema is given (delete)', async () => {
    signIn()
    let method = ''
    server.use(
      http.delete('*/api/v1/enrollment-keys/:id', ({ request: req }) => {
        method = req.method
        return new HttpResponse(null, { status: 200 })
      }),
    )

    await expect(request('/api/v1/enrollment-keys/ABC', { method: 'DELETE' })).resolves.toBeUndefined()
    expect(method).toBe('DELETE')
  })

  it('sends the body as JSON with a content type', async () => {
    signIn()
    let seen: { contentType: string | null; body: unknown } = { contentType: null, body: null }
    server.use(
      http.post('*/api/v1/enrollment-keys', async ({ request: req }) => {
        seen = { contentType: req.headers.get('content-type'), body: await req.json() }
        return new HttpResponse(null, { status: 200 })
      }),
    )

    await request('/api/v1/enrollment-keys', { method: 'POST', body: { tags: ['laptops'], uses_remaining: 3 } })

    expect(seen).toEqual({ contentType: 'application/json', body: { tags: ['laptops'], uses_remaining: 3 } })
  })
})

describe('request(): error bodies', () => {
  beforeEach(() => signIn())

  it("reads Netmaker's capitalised Code/Message body", async () => {
    server.use(
      http.delete('*/api/v1/enrollment-keys/:id', () =>
        HttpResponse.json({ Code: 400, Message: 'no enrollmentkey found', Response: null }, { status: 400 }),
      ),
    )

    const error = await failureOf(request('/api/v1/enrollment-keys/NOPE', { method: 'DELETE' }))

    expect(error).toBeInstanceOf(ApiError)
    expect(error.name).toBe('ApiError')
    expect(error.status).toBe(400)
    expect(error.kind).toBe('http')
    expect(error.message).toBe('no enrollmentkey found')
  })

  it('reads the lowercase code/message variant', async () => {
    server.use(
      http.post('*/api/v1/enrollment-keys', () =>
        HttpResponse.json({ code: 500, message: 'cannot delete default network key' }, { status: 500 }),
      ),
    )

    const error = await failureOf(request('/api/v1/enrollment-keys', { method: 'POST', body: {} }))

    expect(error.status).toBe(500)
    expect(error.kind).toBe('http')
    expect(error.message).toBe('cannot delete default network key')
  })

  it('uses a plain-text body as the message (404 page not found)', async () => {
    server.use(
      http.post(
        '*/api/v1/enrollment-keys/:id/regenerate-token',
        () => new HttpResponse('404 page not found\n', { status: 404, headers: { 'Content-Type': 'text/plain' } }),
      ),
    )

    const error = await failureOf(request('/api/v1/enrollment-keys/ABC/regenerate-token', { method: 'POST' }))

    expect(error.status).toBe(404)
    expect(error.kind).toBe('http')
    expect(error.message).toBe('404 page not found')
  })

  it('falls back to the status on an empty error body', async () => {
    server.use(
      http.get('*/api/networks', () => new HttpResponse(null, { status: 503, statusText: 'Service Unavailable' })),
    )

    const error = await failureOf(request('/api/networks', { schema: networksSchema }))

    expect(error.status).toBe(503)
    expect(error.kind).toBe('http')
    expect(error.message).toBe('503 Service Unavailable')
  })

  it('falls back to the status when the JSON error body has no message', async () => {
    server.use(http.get('*/api/networks', () => HttpResponse.json({ Code: 502, Response: null }, { status: 502 })))

    const error = await failureOf(request('/api/networks', { schema: networksSchema }))

    expect(error.status).toBe(502)
    expect(error.message).toMatch(/502/)
  })

  it('keeps a 401 as an http error with its status, for the query client to act on', async () => {
    server.use(
      http.get('*/api/networks', () =>
        HttpResponse.json({ Code: 401, Message: 'unauthorized', Response: null }, { status: 401 }),
      ),
    )

    const error = await failureOf(request('/api/networks', { schema: networksSchema }))

    expect(error.status).toBe(401)
    expect(error.message).toBe('unauthorized')
    // The client itself never signs out: that is the query client's job.
    expect(sessionStore.get()?.token).toBe('session-token-123')
  })
})

describe('request(): no answer', () => {
  beforeEach(() => signIn())

  it('reports a network failure with status 0', async () => {
    server.use(http.get('*/api/networks', () => HttpResponse.error()))

    const error = await failureOf(request('/api/networks', { schema: networksSchema }))

    expect(error.status).toBe(0)
    expect(error.kind).toBe('network')
    expect(error.message).toMatch(/could not reach the server/i)
  })

  it('gives up after timeoutMs', async () => {
    // A server that never answers: only the client's own timeout can end this request.
    server.use(
      http.get('*/api/networks', async () => {
        await delay('infinite')
        return HttpResponse.json([])
      }),
    )

    const error = await failureOf(request('/api/networks', { schema: networksSchema, timeoutMs: 50 }))

    expect(error.status).toBe(0)
    expect(error.kind).toBe('timeout')
  })

  it('reports a cancellation by the caller as aborted, not as a failure of the server', async () => {
    server.use(
      http.get('*/api/networks', async () => {
        await delay(1_000)
        return HttpResponse.json([])
      }),
    )
    const controller = new AbortController()

    const pending = failureOf(request('/api/networks', { schema: networksSchema, signal: controller.signal }))
    setTimeout(() => controller.abort(), 20)
    const error = await pending

    expect(error.status).toBe(0)
    expect(error.kind).toBe('aborted')
  })

  it('does not send a request whose signal is already aborted', async () => {
    let calls = 0
    server.use(
      http.get('*/api/networks', () => {
        calls += 1
        return HttpResponse.json([])
      }),
    )
    const controller = new AbortController()
    controller.abort()

    const error = await failureOf(request('/api/networks', { schema: networksSchema, signal: controller.signal }))

    expect(error.kind).toBe('aborted')
    expect(calls).toBe(0)
  })
})

describe('request(): responses that break the contract', () => {
  beforeEach(() => signIn())

  it('rejects a body that does not match the schema as invalid-response, naming where', async () => {
    server.use(http.get('*/api/networks', () => HttpResponse.json([{ netid: 'iot-network', addressrange: 42 }])))

    const error = await failureOf(request('/api/networks', { schema: networksSchema }))

    expect(error.kind).toBe('invalid-response')
    expect(error.status).toBe(200)
    expect(error.message).toContain('at 0.addressrange')
  })

  it('rejects a 200 that is not JSON as invalid-response', async () => {
    server.use(http.get('*/api/networks', () => HttpResponse.text('<html>proxy login</html>')))

    const error = await failureOf(request('/api/networks', { schema: networksSchema }))

    expect(error.kind).toBe('invalid-response')
    expect(error.message).toMatch(/not JSON/)
  })

  it('rejects an empty 200 when a body was expected', async () => {
    server.use(http.get('*/api/networks', () => new HttpResponse(null, { status: 200 })))

    const error = await failureOf(request('/api/networks', { schema: networksSchema }))

    expect(error.kind).toBe('invalid-response')
  })
})

describe('request(): auth header and server URL', () => {
  function captureAuthorization(path: string) {
    const seen: { authorization: string | null; url: string }[] = []
    server.use(
      http.get(`*${path}`, ({ request: req }) => {
        seen.push({ authorization: req.headers.get('authorization'), url: req.url })
        return HttpResponse.json({ version: 'v1.5.1' })
      }),
    )
    return seen
  }

  it("sends the session's token as a bearer token", async () => {
    signIn('jwt-of-admin')
    const seen = captureAuthorization('/api/networks')

    await request('/api/networks')

    expect(seen).toHaveLength(1)
    expect(seen[0]?.authorization).toBe('Bearer jwt-of-admin')
  })

  it('sends no Authorization header with auth: false', async () => {
    signIn('jwt-of-admin')
    const seen = captureAuthorization('/api/server/status')

    await request('/api/server/status', { auth: false })

    expect(seen).toHaveLength(1)
    expect(seen[0]?.authorization).toBeNull()
  })

  it('sends no Authorization header without a session', async () => {
    const seen = captureAuthorization('/api/networks')

    await request('/api/networks')

    expect(seen[0]?.authorization).toBeNull()
  })

  it('lets an explicit token override the session (master-key sign-in)', async () => {
    signIn('jwt-of-admin')
    const seen = captureAuthorization('/api/networks')

    await request('/api/networks', { token: DEMO_MASTER_KEY })

    expect(seen[0]?.authorization).toBe(`Bearer ${DEMO_MASTER_KEY}`)
  })

  it("calls the session's server URL, and never puts the token in the URL", async () => {
    signIn('jwt-of-admin', 'https://api.netmaker.example.com')
    const seen = captureAuthorization('/api/networks')

    await request('/api/networks')

    expect(seen[0]?.url).toBe('https://api.netmaker.example.com/api/networks')
    expect(seen[0]?.url).not.toContain('jwt-of-admin')
  })
})

describe('buildUrl()', () => {
  it('joins a server URL with trailing slashes and a path', () => {
    expect(buildUrl('https://nm.example.com//', '/api/networks')).toBe('https://nm.example.com/api/networks')
  })

  it('uses the page origin when the server URL is empty', () => {
    expect(buildUrl('', '/api/networks')).toBe(`${window.location.origin}/api/networks`)
  })
})
