import { describe, expect, it } from 'vitest'

import { enrollmentKeyListSchema, NIL_UUID, ZERO_TIME } from '@/api/enrollment-keys/schemas'
import { hostListSchema } from '@/api/hosts/schemas'
import { networkListSchema } from '@/api/networks/schemas'
import { nodeListSchema } from '@/api/nodes/schemas'

import { getDb, resetDb } from './db'
import { SEED_IDS } from './seed'
import { call, listKeys } from './test-helpers'
import { API_HOST, isUsable } from './wire'

const DAY = 24 * 60 * 60 * 1000

describe('seed', () => {
  it('has the five networks with their address ranges', async () => {
    const networks = networkListSchema.parse(await (await call('GET', '/api/networks')).json())
    expect(networks.map((n) => [n.netid, n.addressrange])).toEqual([
      ['iot-network', '10.10.0.0/16'],
      ['netmaker', '10.20.0.0/16'],
      ['private-mesh', '10.30.0.0/16'],
      ['turbo-link', '10.40.0.0/16'],
      ['zero-path', '10.50.0.0/16'],
    ])
  })

  it('gives every network its default key: named after it, unlimited, no groups', async () => {
    const keys = await listKeys()
    for (const netid of ['iot-network', 'netmaker', 'private-mesh', 'turbo-link', 'zero-path']) {
      const key = keys.find((k) => k.tags[0] === netid)
      expect(key, netid).toMatchObject({ networks: [netid], type: 3, unlimited: true, default: true, groups: [] })
    }
    expect(keys.filter((k) => k.default)).toHaveLength(5)
  })

  it('has exactly the custom keys, in every type and state', async () => {
    const keys = await listKeys()
    const byName = new Map(keys.map((k) => [k.tags[0], k]))
    expect(keys).toHaveLength(15)
    const now = Date.now()

    expect(byName.get('office-laptops')).toMatchObject({
      type: 3,
      unlimited: true,
      networks: ['private-mesh'],
      groups: ['private-mesh.web'],
      relay: NIL_UUID,
      expiration: ZERO_TIME,
    })
    expect(byName.get('contractor-march')).toMatchObject({
      type: 1,
      unlimited: false,
      expiration: '2026-03-31T18:00:00Z',
      networks: ['netmaker'],
    })
    expect(byName.get('staging-ci')).toMatchObject({
      type: 2,
      uses_remaining: 5,
      networks: ['netmaker'],
      relay: SEED_IDS.nodes.fraNetmaker,
      groups: ['netmaker.ci'],
    })
    expect(byName.get('ci-runners-used')).toMatchObject({ type: 2, uses_remaining: 0, networks: ['netmaker'] })
    const iot = byName.get('iot-sensors-q1')
    expect(iot).toMatchObject({
      type: 1,
      networks: ['iot-network'],
      relay: SEED_IDS.nodes.edgeIot,
      groups: ['iot-network.sensors'],
    })
    expect(Math.abs(new Date(iot?.expiration ?? '').getTime() - (now + 90 * DAY))).toBeLessThan(60_000)
    expect(byName.get('multi-site-web')).toMatchObject({
      type: 3,
      unlimited: true,
      networks: ['private-mesh', 'zero-path'],
      auto_assign_gw: true,
      groups: ['private-mesh.web', 'zero-path.web'],
    })
    const weekend = byName.get('weekend-event')
    expect(weekend).toMatchObject({ type: 1, networks: ['turbo-link'] })
    expect(Math.abs(new Date(weekend?.expiration ?? '').getTime() - (now + 2 * DAY))).toBeLessThan(60_000)
    expect(byName.get('legacy-fallback')).toMatchObject({
      type: 1,
      unlimited: true,
      expiration: '2026-01-15T00:00:00Z',
      networks: ['zero-path'],
    })
    expect(byName.get('broken-import')).toMatchObject({
      type: 0,
      uses_remaining: 0,
      unlimited: false,
      expiration: ZERO_TIME,
      networks: ['turbo-link'],
    })
    expect(byName.get('single-use-kiosk')).toMatchObject({ type: 2, uses_remaining: 1, networks: ['turbo-link'] })
  })

  it('makes validity follow the server rule', () => {
    const usable = Object.fromEntries(getDb().keys.map((k) => [k.name, isUsable(k)]))
    expect(usable).toMatchObject({
      'contractor-march': false,
      'ci-runners-used': false,
      'broken-import': false,
      'legacy-fallback': true,
      'weekend-event': true,
      'staging-ci': true,
      'office-laptops': true,
    })
  })

  it('uses Netmaker-format values and tokens', async () => {
    const keys = await listKeys()
    for (const key of keys) {
      expect(key.value).toMatch(/^[A-Z2-7]{32}$/)
      expect(key.token).toBe(btoa(`{"server":"${API_HOST}","value":"${key.value}"}`))
    }
    expect(new Set(keys.map((k) => k.value)).size).toBe(keys.length)
    // and the app's own schema reads every one of them
    expect(enrollmentKeyListSchema.parse(keys)).toHaveLength(15)
  })

  it('is deterministic: the same values and uuids after every reset', () => {
    const first = getDb().keys.map((k) => [k.name, k.value, k.id])
    resetDb()
    expect(getDb().keys.map((k) => [k.name, k.value, k.id])).toEqual(first)
  })

  it('has the hosts and nodes, with relays where expected', async () => {
    const hosts = hostListSchema.parse(await (await call('GET', '/api/hosts')).json())
    const nodes = nodeListSchema.parse(await (await call('GET', '/api/nodes')).json())
    const hostName = new Map(hosts.map((h) => [h.id, h.name]))
    const described = nodes.map((n) => `${hostName.get(n.hostid) ?? '?'}@${n.network}:${n.isrelay ? 'relay' : 'node'}`)
    expect(described.sort()).toEqual([
      'build-server@netmaker:node',
      'edge-gw-iot@iot-network:relay',
      'laptop-ana@private-mesh:node',
      'relay-fra-01@netmaker:relay',
      'relay-fra-01@private-mesh:relay',
      'relay-nyc-02@zero-path:relay',
    ])
    expect(hosts.find((h) => h.name === 'laptop-ana')?.os).toBe('darwin')
    expect(nodes.some((n) => n.network === 'turbo-link')).toBe(false)
  })

  it('has the tags per network, wrapped in Netmaker’s envelope', async () => {
    const expected: Record<string, string[]> = {
      'private-mesh': ['private-mesh.gateways', 'private-mesh.web', 'private-mesh.db'],
      'zero-path': ['zero-path.gateways', 'zero-path.web', 'zero-path.ops'],
      'iot-network': ['iot-network.gateways', 'iot-network.sensors', 'iot-network.cameras'],
      netmaker: ['netmaker.gateways', 'netmaker.ci'],
      'turbo-link': ['turbo-link.gateways'],
    }
    for (const [network, ids] of Object.entries(expected)) {
      const response = await call('GET', `/api/v1/tags?network=${network}`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as {
        Code: number
        Response: { id: string; tag_name: string; network: string }[]
      }
      expect(body.Code).toBe(200)
      expect(body.Response.map((t) => t.id).sort()).toEqual([...ids].sort())
      for (const tag of body.Response) {
        expect(tag.network).toBe(network)
        expect(tag.id).toBe(`${network}.${tag.tag_name}`)
      }
    }
  })
})
