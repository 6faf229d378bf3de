import { MASTER_KEY } from './wire'

export const API = 'http://localhost'

export type CallOptions = {
  body?: unknown
  /** Raw body text (sent as is, for malformed-JSON cases). */
  rawBody?: string
  /** Bearer token; the master key by default, null for none. */
  token?: string | null
}

/** A fetch against the mock as the app would make it. */
export function call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const { token = MASTER_KEY } = options
  const headers: Record<string, string> = { Accept: 'application/json' }
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
