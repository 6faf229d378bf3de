import { HttpResponse } from 'msw'

import { loginBodySchema } from '@/api/auth/schemas'

import { getDb, saveDb } from '../db'
import { clientAddress, signInRetryAfter } from '../rate-limit'
import { generationAtLeast } from '../scenarios'
import { demoUser, MASTER_USER, toReturnUser } from '../wire'
import { apiError, decodeStruct, param, readJson, route } from './http'

const TOKEN_LIFETIME_S = 24 * 60 * 60

function base64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function randomBytes(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  return String.fromCharCode(...bytes)
}

function hex(bytes: string): string {
  return Array.from(bytes, (char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join('')
}

/** A JWT-looking token (header.payload.signature) with a random id and signature; remembered by the db. */
export function issueToken(username: string): string {
  const now = Math.floor(Date.now() / 1000)
  const header = base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
  const payload = base64Url(
    JSON.stringify({
      // The claims a Netmaker user token carries: the user and their platform role.
      Role: demoUser(username)?.platformRole ?? '',
      UserName: username,
      Api: '',
      TokenType: 'user_id_token',
      iss: 'Netmaker',
      iat: now,
      exp: now + TOKEN_LIFETIME_S,
      jti: hex(randomBytes(16)),
    }),
  )
  const token = `${header}.${payload}.${base64Url(randomBytes(32))}`
  getDb().sessions.push(token)
  saveDb()
  return token
}

const loginGoTypes = { username: 'string', password: 'string' }

export const authHandlers = [
  route(
    'post',
    '/api/users/adm/authenticate',
    async ({ request }) => {
      const v16 = generationAtLeast('v1.6')
      if (v16) {
        const retryAfter = signInRetryAfter(clientAddress(request))
        if (retryAfter !== null) {
          return new HttpResponse('too many requests\n', {
            status: 429,
            headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(retryAfter) },
          })
        }
      }
      const json = await readJson(request)
      // v1.6+ answer an undecodable body with their generic 500
      if (!json.ok) return v16 ? apiError(500, "W1R3: It's not you it's me.") : apiError(400, json.message)
      const decoded = decodeStruct(json.value, loginBodySchema, loginGoTypes, 'UserAuthParams')
      if (!decoded.ok) return v16 ? apiError(500, "W1R3: It's not you it's me.") : apiError(400, decoded.message)
      const { username, password } = decoded.value
      if (v16 && (!username || !password)) return apiError(401, 'user identifiers not provided')
      const known = demoUser(username)
      if (!known) return apiError(401, v16 ? 'record not found' : 'unauthorized')
      if (password !== known.password) return apiError(400, 'incorrect credentials')
      return HttpResponse.json({
        Code: 200,
        Message: `W1R3: Device ${username} Authorized`,
        Response: { UserName: username, AuthToken: issueToken(username) },
      })
    },
    { auth: false, flaky: false },
  ),

  route('get', '/api/users/adm/hassuperadmin', () => HttpResponse.json(true), { auth: false, flaky: false }),

  // A user may read their own record; the master key (and an administrator) anyone's.
  route(
    'get',
    '/api/users/:username',
    ({ params, user }) => {
      const username = param(params, 'username')
      const caller = demoUser(user)
      if (user !== MASTER_USER && username !== user && caller?.platformRole !== 'super-admin') {
        return apiError(403, 'forbidden')
      }
      const found = demoUser(username)
      if (!found) return apiError(500, 'could not find any records')
      return HttpResponse.json(toReturnUser(found))
    },
    { flaky: false },
  ),
]
