import * as z from 'zod/mini'

import { connectivity } from '@/lib/connectivity'
import { sessionStore } from '@/lib/session'

import { rawDetails, readableServerText } from './server-text'

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response' | 'aborted' | 'offline'

export const OFFLINE_MESSAGE = 'You are offline. Nothing was sent: reconnect, then try again.'

/** Every failure of a request: the server's answer, or what kept us from getting one. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  /** HTTP status; 0 when no response arrived (network, timeout, abort). */
  readonly status: number
  readonly kind: ApiErrorKind
  /** The server's raw answer (truncated) when the message had to shorten or replace it; else null. */
  readonly details: string | null
  /** Seconds the server asked to wait (`Retry-After`), when it said. */
  readonly retryAfterSeconds: number | null

  constructor(
    status: number,
    message: string,
    kind: ApiErrorKind = 'http',
    extra: { details?: string | null; retryAfterSeconds?: number | null } = {},
  ) {
    super(message)
    this.status = status
    this.kind = kind
    this.details = extra.details ?? null
    this.retryAfterSeconds = extra.retryAfterSeconds ?? null
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

export const REQUEST_TIMEOUT_MS = 15_000

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export type RequestOptions<S extends z.ZodMiniType | undefined> = {
  method?: Method
  body?: unknown
  /** Schema for the success body; omit for routes answering with an empty body. */
  schema?: S
  signal?: AbortSignal
  /** Send the session token (default true). */
  auth?: boolean
  /** Override the session's token (sign-in with the master key checks it this way). */
  token?: string
  /** Override the session's server URL (sign-in happens before there is a session). */
  serverUrl?: string
  timeoutMs?: number
}

type Result<S> = S extends z.ZodMiniType ? z.output<S> : undefined

const errorBodySchema = z.looseObject({
  Code: z.optional(z.number()),
  Message: z.optional(z.string()),
  code: z.optional(z.number()),
  message: z.optional(z.string()),
})

/** The text a failed response carries: Netmaker's `Message` (any case), else the body itself. */
function serverText(text: string): string {
  const trimmed = text.trim()
  if (!trimmed) return ''
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(trimmed))
    if (parsed.success) return (parsed.data.Message ?? parsed.data.message ?? '').trim()
    return ''
  } catch {
    // not JSON: a plain-text body such as "404 page not found", or a proxy's HTML page
    return trimmed
  }
}

/** The error of a failed response: a short readable message, the raw body behind it when it differs. */
function httpError(response: Response, text: string): ApiError {
  const { status, statusText } = response
  const fallback = statusText ? `${status} ${statusText}` : `Request failed with status ${status}`
  const raw = serverText(text)
  const message = raw ? readableServerText(raw, status, response.headers.get('Content-Type')) : fallback
  return new ApiError(status, message, 'http', {
    details: message !== raw.trim() ? rawDetails(text) : null,
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
  })
}

/** `Retry-After` in seconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return null
  return Math.max(0, Math.round((date - now) / 1000))
}

export function buildUrl(serverUrl: string, path: string): string {
  const base = serverUrl || (typeof window !== 'undefined' ? window.location.origin : '')
  return `${base.replace(/\/+$/, '')}${path}`
}

/**
 * The one way the app talks to Netmaker: JSON in, schema-checked JSON out, ApiError for every failure.
 * No toasts, no redirects: callers and the query client decide what a failure means.
 */
export async function request<S extends z.ZodMiniType | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<Result<S>> {
  const { method = 'GET', body, schema, signal, auth = true, timeoutMs = REQUEST_TIMEOUT_MS } = options
  const session = sessionStore.get()
  const serverUrl = options.serverUrl ?? session?.serverUrl ?? ''
  const token = options.token ?? session?.token

  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (auth && token) headers.Authorization = `Bearer ${token}`

  // Offline: fail at once rather than wait for a request that cannot leave (and never queue it).
  if (connectivity.isOffline()) throw new ApiError(0, OFFLINE_MESSAGE, 'offline')

  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  const onAbort = () => controller.abort()
  signal?.addEventListener('abort', onAbort)
  // An already-aborted signal fires no 'abort' event: cancel now rather than send the request.
  if (signal?.aborted) controller.abort()

  let response: Response
  let text: string
  try {
    response = await fetch(buildUrl(serverUrl, path), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    })
    text = await response.text()
  } catch {
    if (timedOut) {
      throw new ApiError(0, `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds`, 'timeout')
    }
    if (signal?.aborted) throw new ApiError(0, 'The request was cancelled', 'aborted')
    connectivity.reportFetchFailure()
    if (connectivity.isOffline()) throw new ApiError(0, OFFLINE_MESSAGE, 'offline')
    throw new ApiError(0, 'Could not reach the server. Check the server URL and your connection.', 'network')
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }

  connectivity.reportFetchSuccess()
  if (!response.ok) throw httpError(response, text)

  if (!schema) return undefined as Result<S>

  if (text.trim() === '') {
    throw new ApiError(
      response.status,
      'The server answered with an empty body where data was expected',
      'invalid-response',
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ApiError(response.status, 'The server answered with something that is not JSON', 'invalid-response')
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    throw new ApiError(
      response.status,
      `The server's answer did not match what this console expects${where}${issue ? `: ${issue.message}` : ''}`,
      'invalid-response',
    )
  }
  return parsed.data as Result<S>
}
