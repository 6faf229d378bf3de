import { HttpResponse } from 'msw'
import { getDb, saveDb } from '../db'
import { enrollHost, registrationFrom } from '../enroll'
import { isUsable, valueFromToken } from '../wire'
import { apiError, route } from './http'
import { findKey } from './enrollment-keys'

const REGISTER_PREFIX = '/api/v1/host/register/'

export const hostHandlers = [
  route('get', '/api/hosts', () => HttpResponse.json(getDb().hosts)),

  // What `netclient join -t <token>` calls: the token is the credential, one use is spent.
  route(
    'post',
    `${REGISTER_PREFIX}*`,
    async ({ request }) => {
      const { pathname } = new URL(request.url)
      const at = pathname.indexOf(REGISTER_PREFIX)
      const token = decodeURIComponent(pathname.slice(at + REGISTER_PREFIX.length))
      const value = valueFromToken(token)
      const key = value ? findKey(value) : undefined
      if (!key || !isUsable(key)) return apiError(400, 'invalid enrollment key')
      if (key.uses_remaining > 0) key.uses_remaining -= 1
      // The host, its nodes in the key's networks, and (Pro) the join events: what the hosts, nodes and
      // activity lists then show.
      enrollHost(key, await registrationFrom(request))
      saveDb()
      return HttpResponse.json({
        Code: 200,
        Message: 'host registered',
        Response: { server: new URL(request.url).host, networks: key.networks, groups: key.tags },
      })
    },
    { auth: false },
  ),
]
