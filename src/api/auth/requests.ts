import { request } from '@/api/client'
import { loginResponseSchema, type LoginBody } from './schemas'

/** Username/password sign-in: returns the user's JWT. */
export async function authenticate(serverUrl: string, body: LoginBody) {
  const result = await request('/api/users/adm/authenticate', {
    method: 'POST',
    body,
    schema: loginResponseSchema,
    auth: false,
    serverUrl,
  })
  return { username: result.Response.UserName, token: result.Response.AuthToken }
}

/**
 * Master-key sign-in: there is no login call for it, so the key is proven by an authenticated
 * read; a wrong key answers 401.
 */
export async function verifyMasterKey(serverUrl: string, masterKey: string): Promise<void> {
  await request('/api/networks', { serverUrl, token: masterKey })
}
