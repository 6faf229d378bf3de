import { isApiError } from '@/api/client'

/**
 * The server no longer has the key an action named: it was deleted elsewhere, or its token was
 * regenerated elsewhere (which gives the key a new id). Netmaker says so in words, with a 400 or 500.
 */
export function isKeyGoneError(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.kind === 'http' &&
    /no enrollment ?key found|enrollment ?key not found|record not found/i.test(error.message)
  )
}

export const KEY_GONE_MESSAGE =
  'This key no longer exists on the server: it was deleted, or its token was regenerated, elsewhere. The list has been refreshed.'
