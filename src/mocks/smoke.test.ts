import { describe, expect, it } from 'vitest'

import { loginResponseSchema } from '@/api/auth/schemas'
import { enrollmentKeyListSchema } from '@/api/enrollment-keys/schemas'

import { call } from './test-helpers'

describe('mock server smoke', () => {
  it('signs in and lists the seeded keys', async () => {
    const login = await call('POST', '/api/users/adm/authenticate', {
      token: null,
      body: { username: 'admin', password: 'netmaker-demo' },
    })
    expect(login.status).toBe(200)
    const { Response } = loginResponseSchema.parse(await login.json())
    expect(Response.AuthToken.split('.')).toHaveLength(3)

    const list = await call('GET', '/api/v1/enrollment-keys', { token: Response.AuthToken })
    expect(list.status).toBe(200)
    const keys = enrollmentKeyListSchema.parse(await list.json())
    expect(keys).toHaveLength(15)
    expect(keys.map((key) => key.name)).toContain('office-laptops')
  })
})
