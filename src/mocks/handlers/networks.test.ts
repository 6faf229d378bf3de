import { describe, expect, it } from 'vitest'

import { networkListSchema } from '@/api/networks/schemas'
import { nodeListSchema } from '@/api/nodes/schemas'

import { call, createBody, errorOf, keyNamed, listKeys, schemaKeyOf } from '../test-helpers'

describe('networks', () => {
  it('POST /api/networks creates the network with its default key and gateways tag', async () => {
    const response = await call('POST', '/api/networks', { body: { netid: 'new-net', addressrange: '10.99.0.0/16' } })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ netid: 'new-net', addressrange: '10.99.0.0/16' })

    const networks = networkListSchema.parse(await (await call('GET', '/api/networks')).json())
    expect(networks.map((n) => n.netid)).toContain('new-net')
    expect(await keyNamed('new-net')).toMatchObject({
      networks: ['new-net'],
      type: 3,
      unlimited: true,
      default: true,
      groups: [],
    })
    const tags = (await (await call('GET', '/api/v1/tags?network=new-net')).json()) as { Response: { id: string }[] }
    expect(tags.Response.map((t) => t.id)).toEqual(['new-net.gateways'])
  })

  it('refuses an existing network and a bad name', async () => {
    expect(await errorOf(await call('POST', '/api/networks', { body: { netid: 'netmaker' } }))).toEqual({
      status: 400,
      message: 'network already exists',
    })
    expect((await call('POST', '/api/networks', { body: { netid: 'Bad Name!' } })).status).toBe(400)
  })

  it('the new network’s name is then refused as a key name', async () => {
    await call('POST', '/api/networks', { body: { netid: 'new-net', addressrange: '10.99.0.0/16' } })
    expect(
      await errorOf(await call('POST', '/api/v1/enrollment-keys', { body: createBody({ tags: ['new-net'] }) })),
    ).toEqual({
      status: 400,
      message: 'key names must be unique',
    })
  })

  it('DELETE /api/networks/{netid}: default key deleted, network removed from other keys, emptied keys deleted', async () => {
    const response = await call('DELETE', '/api/networks/zero-path')
    expect(response.status).toBe(200)

    const keys = await listKeys()
    const names = keys.map((k) => k.tags[0])
    expect(names).not.toContain('zero-path')
    expect(names).not.toContain('legacy-fallback')
    expect(await keyNamed('multi-site-web')).toMatchObject({ networks: ['private-mesh'] })
    expect(keys.every((k) => !k.networks.includes('zero-path'))).toBe(true)
    expect(keys).toHaveLength(13)

    const networks = networkListSchema.parse(await (await call('GET', '/api/networks')).json())
    expect(networks.map((n) => n.netid)).not.toContain('zero-path')
    const nodes = nodeListSchema.parse(await (await call('GET', '/api/nodes')).json())
    expect(nodes.some((n) => n.network === 'zero-path')).toBe(false)
  })

  it('deleting a network also removes a key created for it alone', async () => {
    await schemaKeyOf(
      await call('POST', '/api/v1/enrollment-keys', {
        body: createBody({ tags: ['only-turbo'], networks: ['turbo-link'] }),
      }),
    )
    await call('DELETE', '/api/networks/turbo-link')
    const names = (await listKeys()).map((k) => k.tags[0])
    for (const gone of ['only-turbo', 'turbo-link', 'weekend-event', 'broken-import', 'single-use-kiosk']) {
      expect(names).not.toContain(gone)
    }
  })

  it('an unknown network cannot be deleted', async () => {
    expect((await call('DELETE', '/api/networks/nowhere')).status).toBe(404)
  })
})
