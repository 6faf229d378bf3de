import * as z from 'zod/mini'

import {
  type CreateEnrollmentKeyBody,
  type LegacyEnrollmentKey,
  legacyEnrollmentKeySchema,
  type SchemaEnrollmentKey,
  schemaEnrollmentKeySchema,
} from '@/api/enrollment-keys/schemas'
import { DEMO_MASTER_KEY } from '@/lib/demo'

export const API = 'http://localhost'

export type CallOptions = {
  body?: unknown
  /** Raw body text (sent as is, for malformed-JSON cases). */
  rawBody?: string
  /** Bearer token; the master key by default, null for none. */
  token?: string | null
  /** Extra request headers (e.g. X-Forwarded-For, the address sign-in is rate-limited by). */
  headers?: Record<string, string>
}

/** A fetch against the mock as the app would make it. */
export function call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const { token = DEMO_MASTER_KEY } = options
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  if (token !== null) headers.Authorization = `Bearer ${token}`
  let body: string | undefined
  if (options.rawBody !== undefined) body = options.rawBody
  else if (options.body !== undefined) body = JSON.stringify(options.body)
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  return fetch(`${API}${path}`, { method, headers, body })
}

/** The error body's message, checking Netmaker's error shape on the way. */
export async function errorOf(response: Response): Promise<{ status: number; message: string }> {
  const body: unknown = await response.json()
  if (!body || typeof body !== 'object' || !('Code' in body) || !('Message' in body) || !('Response' in body)) {
    throw new Error(`not a Netmaker error body: ${JSON.stringify(body)}`)
  }
  if (body.Code !== response.status) throw new Error(`Code ${String(body.Code)} differs from status ${response.status}`)
  if (body.Response !== null) throw new Error('error Response is not null')
  return { status: response.status, message: String(body.Message) }
}

/** The key list, parsed as the legacy wire shape. */
export async function listKeys(token?: string | null): Promise<LegacyEnrollmentKey[]> {
  const response = await call('GET', '/api/v1/enrollment-keys', token === undefined ? {} : { token })
  if (response.status !== 200) throw new Error(`list answered ${response.status}`)
  return z.array(legacyEnrollmentKeySchema).parse(await response.json())
}

/** One listed key by name (tags[0]); throws when absent. */
export async function keyNamed(name: string): Promise<LegacyEnrollmentKey> {
  const key = (await listKeys()).find((candidate) => candidate.tags[0] === name)
  if (!key) throw new Error(`no key named ${name}`)
  return key
}

/** A create body with every field the app sends, overridable. */
export function createBody(overrides: Partial<CreateEnrollmentKeyBody> = {}): CreateEnrollmentKeyBody {
  return {
    tags: ['new-key'],
    networks: ['netmaker'],
    uses_remaining: 0,
    expiration: 0,
    unlimited: true,
    relay: '',
    groups: [],
    default: false,
    auto_egress: false,
    auto_assign_gw: false,
    ...overrides,
  }
}

/** Parse a mutation's answer as the newest line's schema shape. */
export async function schemaKeyOf(response: Response): Promise<SchemaEnrollmentKey> {
  if (response.status !== 200) throw new Error(`answered ${response.status}: ${await response.text()}`)
  return schemaEnrollmentKeySchema.parse(await response.json())
}
