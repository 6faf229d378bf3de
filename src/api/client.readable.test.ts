import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { type ApiError, isApiError, parseRetryAfter, request } from '@/api/client'
import { rateLimitMessage } from '@/api/rate-limit'
import { sessionStore } from '@/lib/session'
import { server } from '@/mocks/node'

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (isApiError(error)) return error
    throw error
  }
  throw new Error('expected the request to fail')
}

const PANIC = [
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x8d1b2c]',
  '',
  'goroutine 1123 [running]:',
  'github.com/gravitl/netmaker/logic.GetEnrollmentKey(...)',
  '\t/go/src/github.com/gravitl/netmaker/logic/enrollmentkey.go:142 +0x2c',
].join('\n')

const NGINX_PAGE = `<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n${'<!-- padding -->\r\n'.repeat(300)}</body>\r\n</html>`

beforeEach(() => sessionStore.signIn({ token: 't', serverUrl: '', username: 'admin' }, false))
afterEach(() => {
  sessionStore.reset()
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true })
})

describe('request(): readable errors (raw text only behind "details")', () => {
  it('summarises a Go panic trace and keeps the trace as details', async () => {
    server.use(http.get('*/api/networks', () => new HttpResponse(PANIC, { status: 500 })))
    const error = await failureOf(request('/api/networks'))
    expect(error.message).toBe('The server failed with an internal error (500).')
    expect(error.message).not.toMatch(/goroutine/)
    expect(error.details).toContain('goroutine 1123 [running]')
  })

  it('summarises an nginx HTML page, and truncates the raw page kept as details', async () => {
    server.use(
      http.get(
        '*/api/networks',
        () => new HttpResponse(NGINX_PAGE, { status: 502, headers: { 'Content-Type': 'text/html' } }),
      ),
    )
    const error = await failureOf(request('/api/networks'))
    expect(error.message).toBe(
      'The server (or a proxy in front of it) answered 502 with a web page instead of an API answer.',
    )
    expect(error.message).not.toContain('<')
    expect(error.details?.length).toBeLessThan(2100)
    expect(error.details).toMatch(/more characters not shown/)
  })

  it('keeps a short Netmaker message as it is, with no details', async () => {
    server.use(
      http.get('*/api/networks', () => HttpResponse.json({ Code: 400, Message: 'no network found' }, { status: 400 })),
    )
    const error = await failureOf(request('/api/networks'))
    expect(error.message).toBe('no network found')
    expect(error.details).toBeNull()
  })
})

describe('request(): 429', () => {
  it('reads Retry-After and says how long, with the server text', async () => {
    server.use(
      http.get('*/api/networks', () =>
        HttpResponse.json(
          { Code: 429, Message: 'too many login attempts' },
          { status: 429, headers: { 'Retry-After': '3600' } },
        ),
      ),
    )
    const error = await failureOf(request('/api/networks'))
    expect(error.retryAfterSeconds).toBe(3600)
    expect(rateLimitMessage(error, 'sign-in attempts')).toBe(
      'Too many sign-in attempts: the server refuses more for now. Try again in 1 hour. The server says: “too many login attempts”.',
    )
  })

  it('without Retry-After or text, does not promise "a moment"', async () => {
    server.use(
      http.get('*/api/networks', () => new HttpResponse(null, { status: 429, statusText: 'Too Many Requests' })),
    )
    const error = await failureOf(request('/api/networks'))
    expect(rateLimitMessage(error)).toMatch(/did not say for how long.*up to an hour/)
  })

  it('reads an HTTP-date Retry-After', () => {
    const now = Date.parse('2026-12-03T10:00:00Z')
    expect(parseRetryAfter('Thu, 03 Dec 2026 10:02:00 GMT', now)).toBe(120)
    expect(parseRetryAfter('soon', now)).toBeNull()
  })
})

describe('request(): offline', () => {
  it('fails at once with "you are offline" and sends nothing', async () => {
    let sent = 0
    server.use(
      http.delete('*/api/v1/enrollment-keys/:id', () => {
        sent += 1
        return new HttpResponse(null, { status: 200 })
      }),
    )
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
    const error = await failureOf(request('/api/v1/enrollment-keys/ABC', { method: 'DELETE' }))
    expect(error.kind).toBe('offline')
    expect(error.message).toMatch(/you are offline/i)
    expect(sent).toBe(0)
  })
})
