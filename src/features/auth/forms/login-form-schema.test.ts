import { describe, expect, it } from 'vitest'

import { createLoginFormSchema, isServerUrl, loginFormDefaults, normaliseServerUrl } from './login-form-schema'

function messages(result: ReturnType<ReturnType<typeof createLoginFormSchema>['safeParse']>) {
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]))
}

describe('login form schema', () => {
  const withServer = createLoginFormSchema({ requireServerUrl: true })
  const sameOrigin = createLoginFormSchema({ requireServerUrl: false })

  it('asks for the fields of the chosen method only', () => {
    const empty = loginFormDefaults('')
    expect(messages(withServer.safeParse(empty))).toEqual({
      username: 'Enter your username',
      password: 'Enter your password',
    })
    expect(messages(sameOrigin.safeParse({ ...empty, method: 'master-key' }))).toEqual({
      masterKey: 'Enter the master key',
    })
    expect(sameOrigin.safeParse({ ...empty, username: 'admin', password: 'x' }).success).toBe(true)
  })

  it("accepts an empty server URL: the console's own origin, as the README says", () => {
    const values = { ...loginFormDefaults(''), username: 'admin', password: 'x', serverUrl: '  ' }
    expect(withServer.safeParse(values).success).toBe(true)
  })

  it('treats blank usernames and keys as missing, but not a password of spaces', () => {
    const values = { ...loginFormDefaults(''), username: '   ', password: '   ' }
    expect(messages(sameOrigin.safeParse(values))).toEqual({ username: 'Enter your username' })
    expect(messages(sameOrigin.safeParse({ ...values, method: 'master-key', masterKey: ' ' }))).toEqual({
      masterKey: 'Enter the master key',
    })
  })

  it('wants an absolute http(s) server URL', () => {
    const base = { ...loginFormDefaults(''), username: 'admin', password: 'x' }
    const urlError = (serverUrl: string) => messages(withServer.safeParse({ ...base, serverUrl })).serverUrl
    expect(urlError('https://api.netmaker.example.com')).toBeUndefined()
    expect(urlError('  http://10.0.0.1:8081/  ')).toBeUndefined()
    expect(urlError('api.netmaker.example.com')).toMatch(/^Start the URL with https:\/\//)
    expect(urlError('ftp://api.example.com')).toMatch(/^Start the URL with https:\/\//)
    expect(urlError('https://')).toMatch(/^Enter a valid URL/)
    expect(urlError('https://api.example.com/?x=1')).toMatch(/^Enter a valid URL/)
  })
})

describe('server URL helpers', () => {
  it('accepts http and https with a host only', () => {
    expect(isServerUrl('https://nm.example.com/base')).toBe(true)
    expect(isServerUrl('http://localhost:8081')).toBe(true)
    expect(isServerUrl('mailto:a@b.c')).toBe(false)
    expect(isServerUrl('https://nm.example.com#x')).toBe(false)
  })

  it('trims and drops trailing slashes', () => {
    expect(normaliseServerUrl('  https://nm.example.com///  ')).toBe('https://nm.example.com')
  })
})
