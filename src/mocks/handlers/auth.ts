import { loginBodySchema } from '@/api/auth/schemas'
import { HttpResponse } from 'msw'
import { getDb, saveDb } from '../db'
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
      const json = await readJson(request)
      if (!json.ok) return apiError(400, json.message)
      const decoded = decodeStruct(json.value, loginBodySchema, loginGoTypes, 'UserAuthParams')
      if (!decoded.ok) return apiError(400, decoded.message)
      const { username, password } = decoded.value
      const known = demoUser(username)
      if (!known) return apiError(401, 'unauthorized')
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
