import { type DecodedToken, decodeToken } from '@/api/enrollment-keys/rules'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

export type TokenReading =
  { kind: 'empty' } | { kind: 'malformed'; message: string } | { kind: 'decoded'; token: string; decoded: DecodedToken }

/** Base64 (standard or URL-safe), with or without padding. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g
/** `-t <token>`, `--token <token>`, `-t=<token>`, `TOKEN=<token>` (netclient and its Docker image). */
const TOKEN_FLAG = /(?:^|\s)(?:-t|--token|-e\s+TOKEN|TOKEN)(?:=|\s+)["']?([A-Za-z0-9+/_=-]+)/

/**
 * The token in what was pasted: a bare token, a `netclient join -t …` command, a Docker command with
 * `-e TOKEN=…`, with quotes, line breaks or a prompt around it. Null when nothing looks like one.
 */
export function extractToken(text: string): string | null {
  const trimmed = text.trim()
  if (!trimmed) return null
  const flagged = TOKEN_FLAG.exec(trimmed)?.[1]
  if (flagged) return flagged
  const runs = trimmed.match(BASE64_RUN)
  if (!runs) return null
  return runs.reduce((longest, run) => (run.length > longest.length ? run : longest))
}

/** Read what was pasted: empty, not a token (and why), or the decoded token. */
export function readToken(text: string): TokenReading {
  if (!text.trim()) return { kind: 'empty' }
  const token = extractToken(text)
  if (!token) {
    return {
      kind: 'malformed',
      message: 'No token found. Paste the token itself, or the whole netclient join -t … command.',
    }
  }
  const decoded = decodeToken(token)
  if (!decoded) {
    return {
      kind: 'malformed',
      message:
        'This is not an enrollment token: it does not decode to a server and a key. Check that it was copied whole.',
    }
  }
  return { kind: 'decoded', token, decoded }
}

/**
 * The server address this server writes into its own tokens (the first key's token tells), or null
 * when there is no key to learn it from.
 */
export function ownTokenServer(keys: readonly EnrollmentKey[]): string | null {
  for (const key of keys) {
    const decoded = decodeToken(key.token)
    if (decoded) return decoded.server
  }
  return null
}

export type TokenMatch =
  /** A key of this server has this value. `sameServer` is false when the token names another address. */
  | { kind: 'key'; key: EnrollmentKey; sameServer: boolean; serverInToken: string }
  /** The token names this server, but no key has its value (deleted, or its token was regenerated). */
  | { kind: 'unknown-key'; server: string }
  /** The token was made by another server. */
  | { kind: 'other-server'; serverInToken: string; thisServer: string | null }

/** Which of this server's keys a decoded token belongs to, if any. */
export function matchToken(
  decoded: DecodedToken,
  keys: readonly EnrollmentKey[],
  thisServer: string | null,
): TokenMatch {
  const key = keys.find((k) => k.id === decoded.value)
  if (key) {
    const own = decodeToken(key.token)?.server ?? thisServer
    return { kind: 'key', key, sameServer: own === null || own === decoded.server, serverInToken: decoded.server }
  }
  if (thisServer !== null && thisServer === decoded.server) return { kind: 'unknown-key', server: decoded.server }
  return { kind: 'other-server', serverInToken: decoded.server, thisServer }
}
