import { HttpResponse } from 'msw'
import * as z from 'zod/mini'

import { createNetworkBodySchema } from '@/api/networks/schemas'

import { dbRng, getDb, saveDb } from '../db'
import { makeDefaultKey, makeNetwork, makeTag } from '../seed'
import { rfc3339 } from '../wire'
import { apiError, decodeStruct, param, readJson, route } from './http'

const NETID_PATTERN = /^[a-z0-9-]{1,32}$/
const networkGoTypes = { netid: 'string', addressrange: 'string' }
const createBody = z.partial(createNetworkBodySchema)

/**
 * Delete a network the way the server does: its default key goes, the network is removed from every
 * other key, and keys left with no network are deleted. Its nodes and tags go too.
 */
export function deleteNetwork(netid: string): void {
  const db = getDb()
  const stamp = rfc3339(new Date())
  db.networks = db.networks.filter((network) => network.netid !== netid)
  db.nodes = db.nodes.filter((node) => node.network !== netid)
  db.tags = db.tags.filter((tag) => tag.network !== netid)
  db.keys = db.keys.filter((key) => {
    if (key.default && key.name === netid) return false
    if (!key.networks.includes(netid)) return true
    key.networks = key.networks.filter((network) => network !== netid)
    key.updated_at = stamp
    return key.networks.length > 0
  })
}

export const networkHandlers = [
  route('get', '/api/networks', () => HttpResponse.json(getDb().networks)),

  route('post', '/api/networks', async ({ request, user }) => {
    const json = await readJson(request)
    if (!json.ok) return apiError(400, json.message)
    const decoded = decodeStruct(json.value, createBody, networkGoTypes, 'Network')
    if (!decoded.ok) return apiError(400, decoded.message)
    const netid = decoded.value.netid ?? ''
    if (!NETID_PATTERN.test(netid)) {
      return apiError(400, 'invalid network name: use 1 to 32 lowercase letters, digits and hyphens')
    }
    const db = getDb()
    if (db.networks.some((network) => network.netid === netid)) return apiError(400, 'network already exists')
    const now = new Date()
    const network = makeNetwork(netid, decoded.value.addressrange ?? '', now)
    db.networks.push(network)
    db.tags.push(makeTag(netid, 'gateways', now))
    db.keys.push(makeDefaultKey(dbRng(), netid, now, user))
    saveDb()
    return HttpResponse.json(network)
  }),

  route('delete', '/api/networks/:netid', ({ params }) => {
    const netid = param(params, 'netid')
    if (!getDb().networks.some((network) => network.netid === netid)) return apiError(404, 'no result found')
    deleteNetwork(netid)
    saveDb()
    return HttpResponse.json('success')
  }),
]
