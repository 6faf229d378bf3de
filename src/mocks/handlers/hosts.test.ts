import { describe, expect, it } from 'vitest'

import { call, errorOf, keyNamed } from '../test-helpers'
import { tokenFor } from '../wire'

const register = (token: string) =>
  call('POST', `/api/v1/host/register/${encodeURIComponent(token)}`, { token: null, body: { name: 'new-host' } })

describe('POST /api/v1/host/register/{token}', () => {
  it('needs no Authorization header and spends one use of a limited key', async () => {
    const staging = await keyNamed('staging-ci')
    const response = await register(staging.token)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      server_config: { Version: 'v1.8.0' },
      requested_host: { name: 'new-host' },
    })
    expect((await keyNamed('staging-ci')).uses_remaining).toBe(4)
  })

  it('uses a key up, then rejects it', async () => {
    const kiosk = await keyNamed('single-use-kiosk')
    expect((await register(kiosk.token)).status).toBe(200)
    const after = await keyNamed('single-use-kiosk')
    expect(after).toMatchObject({ uses_remaining: 0, type: 2 })
    expect(await errorOf(await register(kiosk.token))).toEqual({ status: 400, message: 'invalid enrollment key' })
  })

  it('rejects unusable keys: used up, expired, invalid, unknown', async () => {
    for (const name of ['ci-runners-used', 'contractor-march', 'broken-import']) {
      const key = await keyNamed(name)
      expect(await errorOf(await register(key.token)), name).toEqual({ status: 400, message: 'invalid enrollment key' })
    }
    expect(await errorOf(await register(tokenFor('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')))).toEqual({
      status: 400,
      message: 'no enrollmentkey found',
    })
    expect((await register('not-a-token')).status).toBe(400)
  })

  it('accepts unlimited and valid time-bound keys without spending anything', async () => {
    for (const name of ['office-laptops', 'legacy-fallback', 'weekend-event']) {
      const key = await keyNamed(name)
      expect((await register(key.token)).status, name).toBe(200)
      expect((await keyNamed(name)).uses_remaining).toBe(0)
    }
  })
})
