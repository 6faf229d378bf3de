import { delay, http, type HttpHandler, HttpResponse, type PathParams } from 'msw'
import type * as z from 'zod/mini'

import { DEMO_MASTER_KEY } from '@/lib/demo'

import { getDb } from '../db'
import { waitWhileHeld } from '../hold'
import { FLAKY_ERROR_MESSAGE, flakyFailsAfterSave, flakyShouldFail, hasScenario, SLOW_DELAY_MS } from '../scenarios'
import { isReadOnlyUser, MASTER_USER } from '../wire'

/** Netmaker's error body: capitalised keys, status repeated as `Code`. */
export function apiError(status: number, message: string): Response {
  return HttpResponse.json({ Code: status, Message: message, Response: null }, { status })
}

/** Go's router answer for a route it does not have. */
export function pageNotFound(): Response {
  return new HttpResponse('404 page not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

export function unauthorized(): Response {
  return apiError(401, 'unauthorized')
}

/** The user a bearer token belongs to, or null when it is not valid here. */
export function userForToken(token: string): string | null {
  if (token === DEMO_MASTER_KEY) return MASTER_USER
  if (!getDb().sessions.includes(token)) return null
  const payload = token.split('.')[1]
  if (!payload) return null
  try {
    const json: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')))
    if (json && typeof json === 'object' && 'UserName' in json && typeof json.UserName === 'string') {
      return json.UserName
    }
  } catch {
    // not ours
  }
  return null
}

function bearer(request: Request): string | null {
  const header = request.headers.get('Authorization') ?? ''
  const match = /^Bearer\s+(.+)$/i.exec(header.trim())
  return match?.[1]?.trim() || null
}

export type RouteContext = {
  request: Request
  params: PathParams
  /** The signed-in user ("masteradministrator" for the master key); "" on public routes. */
  user: string
}

type Method = 'get' | 'post' | 'put' | 'delete'

export type RouteOptions = {
  /** Needs `Authorization: Bearer …` (default true); a read-only user's write then answers 403. */
  auth?: boolean
  /** Subject to the `flaky` scenario (default true). */
  flaky?: boolean
  /** Subject to the `slow` scenario (default true). */
  slow?: boolean
  /** Waits while the mock is held (`POST /__mock/hold`, default true). */
  holdable?: boolean
  /** When true, the server of the active scenarios lacks this route: plain-text 404 before anything else. */
  missing?: () => boolean
  /**
   * For a route that saves and can still fail afterwards (a real server crashing mid-request): when this
   * returns true, a successful answer becomes a 500 while what was saved stays saved. Such a route's
   * `flaky` failures also alternate between before and after saving. An answer the resolver refuses
   * (a 4xx, say) is returned as it is: the request never got as far as saving.
   */
  failsAfterSave?: () => boolean
}

/**
 * One Netmaker route on any origin (`*` + path): applies the hold switch, the `slow` and `flaky` scenarios
 * and the bearer-token check before the resolver runs.
 */
export function route(
  method: Method,
  path: string,
  resolve: (context: RouteContext) => Response | Promise<Response>,
  options: RouteOptions = {},
): HttpHandler {
  const { auth = true, flaky = true, slow = true, holdable = true, missing, failsAfterSave } = options
  return http[method](`*${path}`, async ({ request, params }) => {
    if (holdable) await waitWhileHeld()
    if (slow && hasScenario('slow')) await delay(SLOW_DELAY_MS)
    if (missing?.()) return pageNotFound()
    let user = ''
    if (auth) {
      const token = bearer(request)
      const found = token ? userForToken(token) : null
      if (!found) return unauthorized()
      user = found
      if (method !== 'get' && isReadOnlyUser(user)) return apiError(403, 'access denied')
    }
    const name = `${method.toUpperCase()} ${path}`
    let failAfterSave = failsAfterSave?.() ?? false
    if (flaky && hasScenario('flaky') && flakyShouldFail(name)) {
      if (!failsAfterSave || !flakyFailsAfterSave(name)) return apiError(500, FLAKY_ERROR_MESSAGE)
      failAfterSave = true
    }
    const response = await resolve({ request, params, user })
    return failAfterSave && response.ok ? apiError(500, FLAKY_ERROR_MESSAGE) : response
  })
}

/** A path parameter as one string. */
export function param(params: PathParams, name: string): string {
  const value = params[name]
  if (Array.isArray(value)) return value.join('/')
  return typeof value === 'string' ? value : ''
}

/** A JSON body the way Go's decoder sees it: the parsed value, or the decoder's error message. */
export async function readJson(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const text = await request.text()
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, message: 'EOF' }
  try {
    return { ok: true, value: JSON.parse(trimmed) }
  } catch {
    const first = trimmed[0] ?? ''
    if (!'{["tfn-0123456789'.includes(first)) {
      return { ok: false, message: `invalid character '${first}' looking for beginning of value` }
    }
    return { ok: false, message: 'unexpected EOF' }
  }
}

/** The JSON type name Go uses in "cannot unmarshal <type> into …" (numbers into ints show the value). */
function goJsonType(value: unknown, goType = ''): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return /^u?int/.test(goType) ? `number ${String(value)}` : 'number'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'string') return 'string'
  return 'object'
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * Decode a JSON value into a Go struct the way `encoding/json` does: missing and null fields keep their
 * zero value (so every field is optional), unknown fields are ignored, a wrong type is an error naming
 * the struct field. `schema` should be a `z.partial(...)` of the body schema.
 */
export function decodeStruct<T>(
  value: unknown,
  schema: z.ZodMiniType<T>,
  goTypes: Record<string, string>,
  structName: string,
): Decoded<T> {
  const input = value ?? {}
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      message: `json: cannot unmarshal ${goJsonType(input)} into Go value of type models.${structName}`,
    }
  }
  const fields = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null))
  const parsed = schema.safeParse(fields)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issue = parsed.error.issues[0]
  const field = String(issue?.path[0] ?? '')
  let raw: unknown = fields[field]
  let goType = goTypes[field] ?? 'string'
  const index = issue?.path[1]
  if (Array.isArray(raw) && typeof index === 'number') {
    raw = raw[index]
    goType = goType.replace(/^\[\]/, '')
  }
  return {
    ok: false,
    message: `json: cannot unmarshal ${goJsonType(raw, goType)} into Go struct field ${structName}.${field} of type ${goType}`,
  }
}
