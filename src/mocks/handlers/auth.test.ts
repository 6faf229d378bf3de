import { describe, expect, it } from 'vitest'

import { loginResponseSchema } from '@/api/auth/schemas'
import { accessOf } from '@/api/users/queries'
import { userSchema } from '@/api/users/schemas'
import { DEMO_MASTER_KEY } from '@/lib/demo'

import { call, errorOf } from '../test-helpers'

const login = (body: unknown) => call('POST', '/api/users/adm/authenticate', { token: null, body })

describe('auth', () => {
  it('signs the demo user in with a JWT-looking token', async () => {
    const response = await login({ username: 'admin', password: 'netmaker-demo' })
    expect(response.status).toBe(200)
    const body = loginResponseSchema.parse(await response.json())
    expect(body).toMatchObject({ Code: 200, Message: 'W1R3: Device admin Authorized', Response: { UserName: 'admin' } })
    const parts = body.Response.AuthToken.split('.')
    expect(parts).toHaveLength(3)
    for (const part of parts) expect(part).toMatch(/^[A-Za-z0-9_-]+$/)
    const payload: unknown = JSON.parse(atob((parts[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')))
    expect(payload).toMatchObject({ UserName: 'admin' })
  })

  it('issues a different token on every sign-in', async () => {
    const tokens = new Set<string>()
    for (let i = 0; i < 3; i++) {
      const body = loginResponseSchema.parse(
        await (await login({ username: 'admin', password: 'netmaker-demo' })).json(),
      )
      tokens.add(body.Response.AuthToken)
    }
    expect(tokens.size).toBe(3)
  })

  it('wrong password → 400 incorrect credentials; unknown user → 401', async () => {
    expect(await errorOf(await login({ username: 'admin', password: 'nope' }))).toEqual({
      status: 400,
      message: 'incorrect credentials',
    })
    expect((await errorOf(await login({ username: 'mallory', password: 'netmaker-demo' }))).status).toBe(401)
  })

  it('accepts the issued JWT and the master key', async () => {
    const body = loginResponseSchema.parse(await (await login({ username: 'admin', password: 'netmaker-demo' })).json())
    expect((await call('GET', '/api/networks', { token: body.Response.AuthToken })).status).toBe(200)
    expect((await call('GET', '/api/networks', { token: DEMO_MASTER_KEY })).status).toBe(200)
  })

  it('the read-only viewer reads everything; every write answers 403 access denied and changes nothing', async () => {
    const body = loginResponseSchema.parse(
      await (await login({ username: 'viewer', password: 'netmaker-demo' })).json(),
    )
    const token = body.Response.AuthToken
    const payload: unknown = JSON.parse(atob((token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')))
    expect(payload).toMatchObject({ UserName: 'viewer', Role: 'auditor' })
    for (const path of ['/api/networks', '/api/nodes', '/api/hosts', '/api/v1/enrollment-keys']) {
      expect((await call('GET', path, { token })).status, path).toBe(200)
    }
    const keys = (await (await call('GET', '/api/v1/enrollment-keys', { token })).json()) as { value: string }[]
    const id = keys[0]?.value ?? ''
    const writes: [string, string, unknown][] = [
      ['POST', '/api/v1/enrollment-keys', { tags: ['viewer-key'], networks: ['netmaker'], unlimited: true }],
      ['PUT', `/api/v1/enrollment-keys/${id}`, { relay: '', groups: [] }],
      ['DELETE', `/api/v1/enrollment-keys/${id}`, undefined],
      ['POST', `/api/v1/enrollment-keys/${id}/regenerate-token`, undefined],
      ['POST', '/api/networks', { netid: 'viewer-net', addressrange: '10.99.0.0/24' }],
    ]
    for (const [method, path, payloadBody] of writes) {
      const response = await call(method, path, { token, body: payloadBody })
      expect(await errorOf(response), `${method} ${path}`).toEqual({ status: 403, message: 'access denied' })
    }
    const after = (await (await call('GET', '/api/v1/enrollment-keys', { token })).json()) as { value: string }[]
    expect(after.map((k) => k.value)).toEqual(keys.map((k) => k.value))
  })

  it('missing or bad token → 401 with Netmaker’s error body', async () => {
    const paths: [string, string][] = [
      ['GET', '/api/networks'],
      ['GET', '/api/nodes'],
      ['GET', '/api/hosts'],
      ['GET', '/api/v1/tags?network=netmaker'],
      ['GET', '/api/v1/enrollment-keys'],
      ['POST', '/api/v1/enrollment-keys'],
      ['PUT', '/api/v1/enrollment-keys/ANY'],
      ['DELETE', '/api/v1/enrollment-keys/ANY'],
      ['POST', '/api/v1/enrollment-keys/ANY/regenerate-token'],
      ['POST', '/api/networks'],
      ['DELETE', '/api/networks/netmaker'],
    ]
    for (const [method, path] of paths) {
      for (const token of [null, 'wrong-key']) {
        const response = await call(method, path, { token })
        expect(response.status, `${method} ${path}`).toBe(401)
        expect(await response.json()).toEqual({ Code: 401, Message: 'unauthorized', Response: null })
      }
    }
  })

  it('refuses a forged JWT that the mock did not issue', async () => {
    const body = loginResponseSchema.parse(await (await login({ username: 'admin', password: 'netmaker-demo' })).json())
    const [header, payload] = body.Response.AuthToken.split('.')
    const forged = `${header ?? ''}.${payload ?? ''}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`
    expect((await call('GET', '/api/networks', { token: forged })).status).toBe(401)
  })

  it('tells each user their own record, with the platform role a real server gives', async () => {
    const tokenOf = async (username: string) =>
      loginResponseSchema.parse(await (await login({ username, password: 'netmaker-demo' })).json()).Response.AuthToken
    const viewer = await tokenOf('viewer')
    const own = await call('GET', '/api/users/viewer', { token: viewer })
    expect(own.status).toBe(200)
    const record = userSchema.parse(await own.json())
    expect(record).toMatchObject({
      username: 'viewer',
      isadmin: false,
      issuperadmin: false,
      platform_role_id: 'auditor',
    })
    expect(accessOf(record)).toEqual({ role: 'Auditor', readOnly: true })
    // Someone else's record is not theirs to read.
    expect(await errorOf(await call('GET', '/api/users/admin', { token: viewer }))).toEqual({
      status: 403,
      message: 'forbidden',
    })

    const admin = userSchema.parse(
      await (await call('GET', '/api/users/admin', { token: await tokenOf('admin') })).json(),
    )
    expect(accessOf(admin)).toEqual({ role: 'Super admin', readOnly: false })
    // The master key reads anyone's; an unknown user is the store's error.
    expect((await call('GET', '/api/users/viewer', { token: DEMO_MASTER_KEY })).status).toBe(200)
    expect((await call('GET', '/api/users/nobody', { token: DEMO_MASTER_KEY })).status).toBe(500)
    expect((await call('GET', '/api/users/viewer', { token: null })).status).toBe(401)
  })

  it('leaves the public routes open', async () => {
    expect(await (await call('GET', '/api/users/adm/hassuperadmin', { token: null })).json()).toBe(true)
    const status = await call('GET', '/api/server/status', { token: null })
    expect(status.status).toBe(200)
    expect(await status.json()).toMatchObject({ version: 'v1.8.0', is_pro: true, db_connected: true })
  })
})
