/** Where a signed-in user lands by default. */
export const HOME = '/keys'

/**
 * Where to go after signing in: the `next` search parameter when it is a path inside this app (never
 * another origin, never the login page itself), else Keys.
 */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next')
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return HOME
  if (/^\/login(?:[/?#]|$)/.test(next)) return HOME
  return next
}
