import * as z from 'zod/mini'
import { sessionStore } from '@/lib/session'

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response' | 'aborted'

/** Every failure of a request: the server's answer, or what kept us from getting one. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  /** HTTP status; 0 when no response arrived (network, timeout, abort). */
  readonly status: number
  readonly kind: ApiErrorKind

  constructor(status: number, message: string, kind: ApiErrorKind = 'http') {
    super(message)
    this.status = status
    this.kind = kind
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

/** The message of a failed response: Netmaker's `Message` (any case), plain text, or the status. */
function errorMessage(status: number, statusText: string, text: string): string {
  const trimmed = text.trim()
  if (trimmed) {
    try {
      const parsed = errorBodySchema.safeParse(JSON.parse(trimmed))
      if (parsed.success) {
        const message = parsed.data.Message ?? parsed.data.message
        if (message) return message
      }
    } catch {
      // not JSON: a plain-text body such as "404 page not found"
      return trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed
    }
  }
  return statusText ? `${status} ${statusText}` : `Request failed with status ${status}`
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
    throw new ApiError(0, 'Could not reach the server. Check the server URL and your connection.', 'network')
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }

  if (!response.ok) {
    throw new ApiError(response.status, errorMessage(response.status, response.statusText, text))
  }

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
