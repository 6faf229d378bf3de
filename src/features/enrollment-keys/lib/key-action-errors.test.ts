import { describe, expect, it } from 'vitest'

import { ApiError } from '@/api/client'

import {
  ACCESS_DENIED,
  actionErrorMessage,
  defaultKeyNotDeletable,
  REGENERATE_UNSUPPORTED,
  regenerateErrorMessage,
} from './key-action-errors'

describe('actionErrorMessage', () => {
  it('passes the server’s own message on', () => {
    expect(actionErrorMessage(new ApiError(400, 'relay node not in network'))).toBe('relay node not in network')
    expect(actionErrorMessage(new ApiError(0, 'Could not reach the server', 'network'))).toBe(
      'Could not reach the server',
    )
  })

  it('explains a 403 as a read-only account, whatever the server’s words', () => {
    expect(actionErrorMessage(new ApiError(403, 'access denied'))).toBe(ACCESS_DENIED)
    expect(actionErrorMessage(new ApiError(403, 'forbidden'))).toBe(ACCESS_DENIED)
  })

  it('falls back to a generic sentence for something that is not an error', () => {
    expect(actionErrorMessage('boom')).toBe('Something went wrong.')
    expect(actionErrorMessage(new Error(''))).toBe('Something went wrong.')
  })
})

describe('regenerateErrorMessage', () => {
  it('reads a 404 as a server without the route, and a 403 as no access', () => {
    expect(regenerateErrorMessage(new ApiError(404, '404 page not found'))).toBe(REGENERATE_UNSUPPORTED)
    expect(regenerateErrorMessage(new ApiError(403, 'access denied'))).toBe(ACCESS_DENIED)
  })
})

describe('defaultKeyNotDeletable', () => {
  it('offers what the connected server can do: change the default, or delete the network', () => {
    expect(defaultKeyNotDeletable(true)).toBe("Default keys can't be deleted. Make another key the default first.")
    expect(defaultKeyNotDeletable(false)).not.toMatch(/make another key the default first/i)
    expect(defaultKeyNotDeletable(false)).toMatch(/deleted with the network/)
  })
})
