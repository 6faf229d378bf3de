import { HttpResponse } from 'msw'

import { getDb, saveDb } from '../db'
import { enrollHost, registrationFrom } from '../enroll'
import { GENERATION_VERSIONS, mockGeneration } from '../scenarios'
import { isUsable, valueFromToken } from '../wire'
import { findKey } from './enrollment-keys'
import { apiError, readJson, route } from './http'

const REGISTER_PREFIX = '/api/v1/host/register/'
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * Where Go's base64 decoder gives up on a token that is not base64 ("illegal base64 data at input byte N"):
 * the first character outside the alphabet, else the start of an incomplete last quantum.
 */
function base64ErrorAt(token: string): number | null {
  if (BASE64.test(token) && token.length % 4 === 0) return null
  const bad = [...token].findIndex((char) => !/[A-Za-z0-9+/=]/.test(char))
  if (bad >= 0) return bad
  return token.length - (token.length % 4)
}

export const hostHandlers = [
  route('get', '/api/hosts', () => HttpResponse.json(getDb().hosts)),

  // What `netclient join -t <token>` calls: the token is the credential, one use is spent, and the host
  // gets a node in each of the key's networks.
  route(
    'post',
    `${REGISTER_PREFIX}*`,
    async ({ request }) => {
      const { pathname } = new URL(request.url)
      const at = pathname.indexOf(REGISTER_PREFIX)
      const token = decodeURIComponent(pathname.slice(at + REGISTER_PREFIX.length))
      const badByte = base64ErrorAt(token)
      if (badByte !== null) return apiError(400, `illegal base64 data at input byte ${badByte}`)
      const value = valueFromToken(token)
      const key = value ? findKey(value) : undefined
      if (!key) return apiError(400, 'no enrollmentkey found')
      const json = await readJson(request)
      if (!json.ok) return apiError(500, json.message)
      const body = json.value
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        return apiError(500, 'json: cannot unmarshal into Go value of type schema.Host')
      }
      if (!isUsable(key)) return apiError(400, 'invalid enrollment key')
      if (key.uses_remaining > 0) key.uses_remaining -= 1
      // The host, its nodes in the key's networks, and (Pro) the join events: what the hosts, nodes and
      // activity lists then show.
      const { host } = enrollHost(key, registrationFrom(body))
      saveDb()
      return HttpResponse.json({
        server_config: { Version: GENERATION_VERSIONS[mockGeneration()], APIPort: '443', DNSMode: 'off' },
        requested_host: host,
      })
    },
    { auth: false },
  ),
]
