import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'

import { activityEventSchema, JOIN_HOST_TO_NETWORK } from '@/api/activity/schemas'
import { hostListSchema } from '@/api/hosts/schemas'
import { nodeListSchema } from '@/api/nodes/schemas'

import { getDb } from '../db'
import { applyScenarios } from '../scenarios'
import { call, errorOf, keyNamed } from '../test-helpers'

const envelope = z.object({ Code: z.number(), Message: z.string(), Response: z.array(activityEventSchema) })

async function events(path: string) {
  const response = await call('GET', path)
  expect(response.status).toBe(200)
  return envelope.parse(await response.json()).Response
}

const register = (token: string, host: Record<string, unknown>) =>
  call('POST', `/api/v1/host/register/${encodeURIComponent(token)}`, { token: null, body: host })

describe('GET /api/v1/activity (Pro)', () => {
  it('lists events newest first, 10 per page by default, up to 100 on request', async () => {
    const first = await events('/api/v1/activity')
    expect(first).toHaveLength(10)
    const stamps = first.map((event) => Date.parse(event.time_stamp))
    expect([...stamps].sort((a, b) => b - a)).toEqual(stamps)

    const all = await events('/api/v1/activity?page=1&per_page=100')
    expect(all.length).toBeGreaterThan(50)
    const second = await events('/api/v1/activity?page=2&per_page=25')
    expect(second.map((e) => e.id)).toEqual(all.slice(25, 50).map((e) => e.id))
    // Out-of-range page sizes fall back to 10, as the server's pagination does.
    expect(await events('/api/v1/activity?per_page=500')).toHaveLength(10)
    expect(await events('/api/v1/activity?page=99&per_page=100')).toEqual([])
  })

  it('needs a session', async () => {
    expect((await call('GET', '/api/v1/activity', { token: null })).status).toBe(401)
  })

  it('filters by network and by user', async () => {
    const mesh = await events('/api/v1/activity?network_id=private-mesh&per_page=100')
    expect(mesh.length).toBeGreaterThan(0)
    expect(mesh.every((event) => event.network_id === 'private-mesh')).toBe(true)
    const admin = await events('/api/v1/activity?username=admin&per_page=100')
    expect(admin.every((event) => event.triggered_by === 'admin')).toBe(true)
  })

  it('records every network a host joins with a key, naming the key and the device', async () => {
    const web = await keyNamed('multi-site-web')
    const response = await register(web.token, {
      id: 'a1a1a1a1-0000-4000-8000-000000000001',
      name: 'web-03',
      os: 'linux',
    })
    expect(response.status).toBe(200)

    const newest = await events('/api/v1/activity?per_page=2')
    expect(newest.map((event) => event.network_id).sort()).toEqual(['private-mesh', 'zero-path'])
    for (const event of newest) {
      expect(event).toMatchObject({
        action: JOIN_HOST_TO_NETWORK,
        source: { id: web.value, name: 'multi-site-web', subject_type: 'ENROLLMENT_KEY' },
        target: { id: 'a1a1a1a1-0000-4000-8000-000000000001', name: 'web-03', subject_type: 'DEVICE' },
      })
    }
  })

  it('does not exist on a Community server (and neither does the network route)', async () => {
    applyScenarios(['community'])
    for (const path of ['/api/v1/activity', '/api/v1/network/activity?network_id=netmaker']) {
      const response = await call('GET', path)
      expect(response.status).toBe(404)
      expect(await response.text()).toBe('404 page not found\n')
    }
  })
})

describe('GET /api/v1/network/activity', () => {
  it('requires network_id', async () => {
    expect(await errorOf(await call('GET', '/api/v1/network/activity'))).toEqual({
      status: 400,
      message: 'network_id param is missing',
    })
    const zero = await events('/api/v1/network/activity?network_id=zero-path&per_page=100')
    expect(zero.every((event) => event.network_id === 'zero-path')).toBe(true)
  })
})

describe('host registration → hosts and nodes', () => {
  it('lists the new host and one node per network of the key, with its tags and gateway', async () => {
    const staging = await keyNamed('staging-ci')
    const id = 'b2b2b2b2-0000-4000-8000-000000000002'
    expect((await register(staging.token, { id, name: 'runner-7', os: 'linux', version: 'v1.6.0' })).status).toBe(200)

    const hosts = hostListSchema.parse(await (await call('GET', '/api/hosts')).json())
    expect(hosts).toContainEqual(expect.objectContaining({ id, name: 'runner-7', os: 'linux', version: 'v1.6.0' }))
    const nodes = nodeListSchema.parse(await (await call('GET', '/api/nodes')).json()).filter((n) => n.hostid === id)
    expect(nodes).toHaveLength(1)
    expect(nodes[0]).toMatchObject({
      network: 'netmaker',
      isrelay: false,
      isrelayed: true,
      relayedby: staging.relay,
      tags: { 'netmaker.ci': {} },
    })
    expect(nodes[0]?.address).toMatch(/^10\.20\.0\.\d+\/16$/)
  })

  it('adds a known host only to the networks it is not in yet', async () => {
    const web = await keyNamed('multi-site-web')
    const host = { id: 'c3c3c3c3-0000-4000-8000-000000000003', name: 'web-04' }
    await register(web.token, host)
    await register(web.token, host)
    const nodes = nodeListSchema
      .parse(await (await call('GET', '/api/nodes')).json())
      .filter((n) => n.hostid === host.id)
    expect(nodes.map((n) => n.network).sort()).toEqual(['private-mesh', 'zero-path'])
    const hosts = hostListSchema.parse(await (await call('GET', '/api/hosts')).json()).filter((h) => h.id === host.id)
    expect(hosts).toHaveLength(1)
  })

  it('records no event on a Community server, but still adds the host', async () => {
    applyScenarios(['community'])
    const office = await keyNamed('office-laptops')
    const before = getDb().events.length
    expect((await register(office.token, { id: 'd4d4d4d4-0000-4000-8000-000000000004', name: 'ce-host' })).status).toBe(
      200,
    )
    const hosts = hostListSchema.parse(await (await call('GET', '/api/hosts')).json())
    expect(hosts.some((h) => h.name === 'ce-host')).toBe(true)
    expect(getDb().events).toHaveLength(before)
  })
})
