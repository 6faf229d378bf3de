import { isApiError } from '@/api/client'
import { isDefaultNotChangedError } from '@/api/enrollment-keys/mutations'
import { isKeyGoneError, KEY_GONE_MESSAGE } from '@/api/enrollment-keys/key-gone'
import { rateLimitMessage } from '@/api/rate-limit'

export const REGENERATE_UNSUPPORTED = 'This Netmaker server does not support regenerating tokens'
export const SET_DEFAULT_UNSUPPORTED = 'This Netmaker server does not support changing the default key'
export const RENEW_NOT_TIME_BOUND =
  'Only time-bound keys are renewed (with a new expiry). Clone makes a copy of any key.'
export const DEFAULT_KEY_NOT_DELETABLE = "Default keys can't be deleted. Make another key the default first."
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

/** "a", "a and b", "a, b and c" */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items)
}
