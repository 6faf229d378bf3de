import { afterEach, describe, expect, it } from 'vitest'

import { sessionStore, SIGN_OUT_SIGNAL_KEY } from './session'

afterEach(() => sessionStore.reset())

function otherTabWrites(key: string, newValue: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }))
}

describe('sessionStore across tabs', () => {
  it('tells other tabs when this one signs out', () => {
    sessionStore.signIn({ token: 't', serverUrl: '', username: 'admin' }, false)
    sessionStore.signOut()
    expect(JSON.parse(localStorage.getItem(SIGN_OUT_SIGNAL_KEY) ?? '{}')).toMatchObject({ reason: 'signed-out' })
  })

  it('signs out when another tab signed out', () => {
    sessionStore.signIn({ token: 't', serverUrl: '', username: 'admin' }, false)
    otherTabWrites(SIGN_OUT_SIGNAL_KEY, JSON.stringify({ reason: 'signed-out', at: 1 }))
    expect(sessionStore.get()).toBeNull()
    expect(sessionStore.getSnapshot().lastSignOut).toBe('signed-out')
    expect(sessionStorage.length).toBe(0)
  })

  it('ends as "expired" when the other tab’s session expired', () => {
    sessionStore.signIn({ token: 't', serverUrl: '', username: 'admin' }, true)
    otherTabWrites(SIGN_OUT_SIGNAL_KEY, JSON.stringify({ reason: 'expired', at: 1 }))
    expect(sessionStore.getSnapshot()).toEqual({ session: null, lastSignOut: 'expired' })
  })
})
