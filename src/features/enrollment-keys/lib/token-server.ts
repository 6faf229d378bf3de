/**
 * The server address a Netmaker token sends devices to (the token is base64 of
 * `{"server": "<api host>", "value": "<key>"}`), or null when the token is not in that form.
 */
export function tokenServer(token: string): string | null {
  try {
    const decoded: unknown = JSON.parse(atob(token))
    if (decoded && typeof decoded === 'object' && 'server' in decoded && typeof decoded.server === 'string') {
      return decoded.server || null
    }
  } catch {
    // not a Netmaker token
  }
  return null
}
