/**
 * What the contract suite talks to: the mock (through msw/node, in its own test file) or a real server
 * started by scripts/netmaker-server.mjs. Both are reached with the same `fetch` calls.
 */
export type Generation = 'v1.5' | 'v1.6' | 'v1.8'

export type Target = {
  /** e.g. "mock v1.6" or "real v1.6.0". */
  label: string
  generation: Generation
  real: boolean
  url: string
  masterKey: string
  admin: { username: string; password: string }
  /** A user whose writes are refused with 403, where the server can have one (Community Edition cannot). */
  readOnly: { username: string; password: string } | null
}

export type Answer = {
  status: number
  contentType: string
  retryAfter: string | null
  text: string
  /** The parsed body, or undefined when it is empty or not JSON. */
  json: unknown
}

export type CallOptions = {
  body?: unknown
  /** Sent as is (malformed JSON cases). */
  raw?: string
  /** Bearer token: the master key unless given; null sends none. */
  token?: string | null
  headers?: Record<string, string>
}

const generationRank: Record<Generation, number> = { 'v1.5': 0, 'v1.6': 1, 'v1.8': 2 }

/** Whether the target's generation is `generation` or newer. */
export function atLeast(target: Target, generation: Generation): boolean {
  return generationRank[target.generation] >= generationRank[generation]
}

export async function call(target: Target, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const token = options.token === undefined ? target.masterKey : options.token
  const headers: Record<string, string> = { ...options.headers }
  if (token !== null) headers.Authorization = `Bearer ${token}`
  let body: string | undefined
  if (options.raw !== undefined) body = options.raw
  else if (options.body !== undefined) body = JSON.stringify(options.body)
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${target.url}${path}`, { method, headers, body })
  const text = await response.text()
  let json: unknown
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    retryAfter: response.headers.get('retry-after'),
    text,
    json,
  }
}

/** Names unique to one run, so tests never collide with the seed or each other (3–32 characters). */
let counter = 0
const run = Date.now().toString(36).slice(-5)
export function uniqueName(prefix: string): string {
  counter += 1
  return `${prefix}-${run}${counter}`.slice(0, 32)
}
