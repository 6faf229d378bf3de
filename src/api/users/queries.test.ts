import { describe, expect, it } from 'vitest'

import { accessOf } from './queries'

describe('accessOf', () => {
  it('reads the platform role of a newer server', () => {
    expect(accessOf({ username: 'a', platform_role_id: 'super-admin' })).toEqual({
      role: 'Super admin',
      readOnly: false,
    })
    expect(accessOf({ username: 'a', platform_role_id: 'admin' })).toEqual({ role: 'Admin', readOnly: false })
    expect(accessOf({ username: 'a', platform_role_id: 'auditor' })).toEqual({ role: 'Auditor', readOnly: true })
    expect(accessOf({ username: 'a', platform_role_id: 'platform-user' })).toEqual({
      role: 'Platform user',
      readOnly: true,
    })
    expect(accessOf({ username: 'a', platform_role_id: 'custom-role' })).toEqual({
      role: 'custom-role',
      readOnly: true,
    })
  })

  it('falls back on the admin flags of an older server', () => {
    expect(accessOf({ username: 'a', isadmin: true })).toEqual({ role: 'Admin', readOnly: false })
    expect(accessOf({ username: 'a', issuperadmin: true, isadmin: false })).toEqual({
      role: 'Super admin',
      readOnly: false,
    })
    expect(accessOf({ username: 'a', isadmin: false, issuperadmin: false })).toEqual({ role: 'User', readOnly: true })
  })

  it('trusts an admin flag over an unknown role', () => {
    expect(accessOf({ username: 'a', isadmin: true, platform_role_id: 'something-new' }).readOnly).toBe(false)
  })
})
