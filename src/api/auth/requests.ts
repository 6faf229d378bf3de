import { request } from '@/api/client'

import { keyListProbeSchema, type LoginBody, loginResponseSchema } from './schemas'

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
 * Master-key sign-in: there is no login call for it, so the key is proven by an authenticated read of
 * the key list; a wrong key answers 401. The answer must be a list of keys: any other 2xx (a proxy's
 * page, a catch-all route) is not a Netmaker server accepting the key.
 */
export async function verifyMasterKey(serverUrl: string, masterKey: string): Promise<void> {
  await request('/api/v1/enrollment-keys', { serverUrl, token: masterKey, schema: keyListProbeSchema })
}
