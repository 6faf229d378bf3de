import { afterEach, describe, expect, it } from 'vitest'

import { disablePersistence, enablePersistence, getDb, resetDb, STORAGE_KEY } from './db'
import { applyScenarios } from './scenarios'
import { call, createBody, keyNamed } from './test-helpers'

afterEach(() => disablePersistence())

describe('db', () => {
  it('keeps nothing in localStorage unless persistence is on (tests run in memory)', async () => {
    await call('POST', '/api/v1/enrollment-keys', { body: createBody() })
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })

  it('persists to localStorage and loads it back, scenarios and sessions included', async () => {
    expect(enablePersistence()).toBe(false)
    applyScenarios(['v1.5'])
    await call('POST', '/api/v1/enrollment-keys', { body: createBody({ tags: ['survives-reload'] }) })
    const login = await call('POST', '/api/users/adm/authenticate', {
      token: null,
      body: { username: 'admin', password: 'netmaker-demo' },
    })
    expect(login.status).toBe(200)
    const stored = localStorage.getItem(STORAGE_KEY)
    expect(stored).toContain('survives-reload')

    // a "reload": the in-memory db is replaced, then loaded from storage
    disablePersistence()
    resetDb()
    expect(getDb().keys.some((k) => k.name === 'survives-reload')).toBe(false)
    expect(enablePersistence()).toBe(true)
    expect(getDb().scenarios).toEqual(['v1.5'])
    expect(getDb().sessions).toHaveLength(1)
    expect((await keyNamed('survives-reload')).networks).toEqual(['netmaker'])
  })

  it('ignores unreadable storage', () => {
    localStorage.setItem(STORAGE_KEY, '{"not":"a db"}')
    expect(enablePersistence()).toBe(false)
  })

  it('resetDb() re-seeds and forgets sessions', async () => {
    await call('DELETE', `/api/v1/enrollment-keys/${(await keyNamed('weekend-event')).value}`)
    await call('POST', '/api/users/adm/authenticate', {
      token: null,
      body: { username: 'admin', password: 'netmaker-demo' },
    })
    resetDb()
    expect(getDb().keys).toHaveLength(15)
    expect(getDb().sessions).toEqual([])
  })
})
