import { isApiError } from '@/api/client'
import { isDefaultNotChangedError } from '@/api/enrollment-keys/errors'
import { isKeyGoneError, KEY_GONE_MESSAGE } from '@/api/enrollment-keys/key-gone'
import { rateLimitMessage } from '@/api/rate-limit'

export const REGENERATE_UNSUPPORTED = 'This Netmaker server does not support regenerating tokens'
export const SET_DEFAULT_UNSUPPORTED = 'This Netmaker server does not support changing the default key'
export const RENEW_NOT_TIME_BOUND =
  'Only time-bound keys are renewed (with a new expiry). Clone makes a copy of any key.'
/**
 * Why a default key can't be deleted, with a way out the connected server offers: on a server that can
 * change the default, make another key the default; on one that can't (v1.5), the key goes with its network.
 */
export function defaultKeyNotDeletable(canChangeDefault: boolean): string {
  return canChangeDefault
    ? "Default keys can't be deleted. Make another key the default first."
    : "Default keys can't be deleted, and this server can't make another key the default. A network's default key is deleted with the network."
}
export const ACCESS_DENIED =
  'Access denied: this account can view keys but not change them. Ask a Netmaker administrator for access.'

/** The server's (or the network's) reason for a failed action, in words a user can act on. */
export function actionErrorMessage(error: unknown): string {
  if (isApiError(error) && error.status === 403) return ACCESS_DENIED
  if (isApiError(error) && error.status === 429) return rateLimitMessage(error)
  if (isKeyGoneError(error)) return KEY_GONE_MESSAGE
  if (isDefaultNotChangedError(error)) return SET_DEFAULT_UNSUPPORTED
  if (error instanceof Error && error.message) return error.message
  return 'Something went wrong.'
}

/** Regenerate's failure: a missing route (v1.5 answers 404) means the server cannot do it. */
export function regenerateErrorMessage(error: unknown): string {
  if (isApiError(error) && error.status === 404 && !isKeyGoneError(error)) return REGENERATE_UNSUPPORTED
  return actionErrorMessage(error)
}
