import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { legacyEnrollmentKeySchema } from '@/api/enrollment-keys/schemas'

import { getDb } from './db'
import { server } from './node'
import { activeScenarios, applyScenarios, parseScenarioParam } from './scenarios'
import { call, createBody, errorOf, keyNamed, listKeys } from './test-helpers'

/** How many keys of this name the mock's database holds (read directly: under `flaky` the list can fail). */
const savedNamed = (name: string) => getDb().keys.filter((key) => key.name === name).length

describe('parseScenarioParam', () => {
  it('reads a comma list, drops unknown names and “default”', () => {
    expect(parseScenarioParam('large, slow,bogus')).toEqual(['large', 'slow'])
    expect(parseScenarioParam('')).toEqual([])
    expect(parseScenarioParam('default')).toEqual([])
    expect(parseScenarioParam('v1.5,community,v1.5')).toEqual(['v1.5', 'community'])
  })
})

describe('scenarios', () => {
  it('server.resetHandlers() (run after every test) drops overrides and scenarios and re-seeds', async () => {
    applyScenarios(['empty', 'v1.5'])
    server.use(
      http.get('*/api/networks', () =>
        HttpResponse.json({ Code: 403, Message: 'access denied', Response: null }, { status: 403 }),
      ),
    )
    expect(activeScenarios()).toEqual(['empty', 'v1.5'])
    expect(getDb().keys).toHaveLength(0)
    expect((await call('GET', '/api/networks')).status).toBe(403)

    server.resetHandlers()

    expect(activeScenarios()).toEqual([])
    expect(getDb().keys).toHaveLength(15)
    const networks = await call('GET', '/api/networks')
    expect(networks.status).toBe(200)
    expect(await networks.json()).toHaveLength(getDb().networks.length)
    expect(getDb().networks.length).toBeGreaterThan(0)
  })

  it('empty: no networks, keys, nodes or hosts', async () => {
    applyScenarios(['empty'])
    expect(await listKeys()).toEqual([])
    for (const path of ['/api/networks', '/api/nodes', '/api/hosts']) {
      expect(await (await call('GET', path)).json(), path).toEqual([])
    }
  })

  it('large: 10,000 keys over 50 networks, in every state', async () => {
    // How fast the seed is belongs to `npm run bench`, not here.
    applyScenarios(['large'])
    const keys = await listKeys()
    expect(keys).toHaveLength(10_000)
    expect(new Set(keys.map((k) => k.value)).size).toBe(10_000)
    expect(new Set(keys.map((k) => k.tags[0])).size).toBe(10_000)
    const networks = (await (await call('GET', '/api/networks')).json()) as unknown[]
    expect(networks).toHaveLength(50)
    expect(new Set(keys.flatMap((k) => k.networks)).size).toBe(50)
    const types = new Set(keys.map((k) => k.type))
    expect([...types].sort()).toEqual([0, 1, 2, 3])
    expect(keys.some((k) => k.type === 2 && k.uses_remaining === 0)).toBe(true)
    expect(keys.some((k) => k.type === 1 && new Date(k.expiration).getTime() < Date.now())).toBe(true)
    expect(keys.filter((k) => k.relay !== '00000000-0000-0000-0000-000000000000').length).toBeGreaterThan(100)
    expect(keys.filter((k) => k.groups.length > 0).length).toBeGreaterThan(100)
    expect(await keyNamed('office-laptops')).toBeDefined()
  })

  it('error: the key list answers 500 database is locked; the rest works', async () => {
    applyScenarios(['error'])
    const response = await call('GET', '/api/v1/enrollment-keys')
    expect(await errorOf(response)).toEqual({
      status: 500,
      message: 'failed to fetch enrollment keys: database is locked',
    })
    expect((await call('GET', '/api/networks')).status).toBe(200)
    expect((await call('POST', '/api/v1/enrollment-keys', { body: createBody() })).status).toBe(200)
  })

  it('slow: a response takes 1.5 s', async () => {
    applyScenarios(['slow'])
    const started = performance.now()
    expect((await call('GET', '/api/networks')).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(1400)
  })

  it('flaky: about a third of requests fail, never twice in a row on a route; status and sign-in never', async () => {
    applyScenarios(['flaky'])
    const outcomes: number[] = []
    for (let i = 0; i < 60; i++) outcomes.push((await call('GET', '/api/networks')).status)
    const failures = outcomes.filter((s) => s === 500).length
    expect(failures).toBeGreaterThanOrEqual(10)
    expect(failures).toBeLessThanOrEqual(30)
    for (let i = 1; i < outcomes.length; i++) {
      expect(outcomes[i] === 500 && outcomes[i - 1] === 500, `requests ${i - 1} and ${i}`).toBe(false)
    }
    const failed = await (async () => {
      for (let i = 0; i < 20; i++) {
        const response = await call('GET', '/api/nodes')
        if (response.status === 500) return response
      }
      return null
    })()
    expect(failed && (await errorOf(failed)).message).toBe('could not complete the request: database is locked')

    for (let i = 0; i < 20; i++) {
      expect((await call('GET', '/api/server/status', { token: null })).status).toBe(200)
      // a new address each time: sign-in is rate-limited per address
      const login = await call('POST', '/api/users/adm/authenticate', {
        token: null,
        body: { username: 'admin', password: 'netmaker-demo' },
        headers: { 'X-Forwarded-For': `192.0.2.${i + 1}` },
      })
      expect(login.status).toBe(200)
    }
  })

  it('flaky is deterministic: the same sequence after re-applying it', async () => {
    applyScenarios(['flaky'])
    const first: number[] = []
    for (let i = 0; i < 12; i++) first.push((await call('GET', '/api/hosts')).status)
    applyScenarios(['flaky'])
    const second: number[] = []
    for (let i = 0; i < 12; i++) second.push((await call('GET', '/api/hosts')).status)
    expect(second).toEqual(first)
  })

  it('flaky: failing creates alternate between before and after the key is saved', async () => {
    applyScenarios(['flaky'])
    const outcomes: string[] = []
    for (let i = 0; outcomes.filter((o) => o !== 'created').length < 4 && i < 40; i++) {
      const name = `flaky-create-${i}`
      const response = await call('POST', '/api/v1/enrollment-keys', { body: createBody({ tags: [name] }) })
      const saved = savedNamed(name)
      if (response.status === 200) {
        expect(saved).toBe(1)
        outcomes.push('created')
        continue
      }
      expect(await errorOf(response)).toEqual({
        status: 500,
        message: 'could not complete the request: database is locked',
      })
      outcomes.push(saved === 1 ? 'failed after saving' : 'failed before saving')
    }
    expect(outcomes.filter((o) => o !== 'created')).toEqual([
      'failed before saving',
      'failed after saving',
      'failed before saving',
      'failed after saving',
    ])
    // the same sequence after re-applying it
    const first = outcomes.join()
    applyScenarios(['flaky'])
    const again: string[] = []
    for (let i = 0; i < outcomes.length; i++) {
      const name = `flaky-create-${i}`
      const response = await call('POST', '/api/v1/enrollment-keys', { body: createBody({ tags: [name] }) })
      const saved = savedNamed(name) > 0
      again.push(response.status === 200 ? 'created' : saved ? 'failed after saving' : 'failed before saving')
    }
    expect(again.join()).toBe(first)
  })

  it('flaky: a create the server refuses is answered as such, even when a failure after saving was due', async () => {
    applyScenarios(['flaky'])
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const response = await call('POST', '/api/v1/enrollment-keys', { body: createBody({ tags: ['netmaker'] }) })
      statuses.push(response.status)
      if (response.status === 400) {
        expect((await errorOf(response)).message).toBe('key names must be unique')
      }
    }
    // failures before saving still show; those due after saving give the checks' answer (nothing was saved)
    expect(statuses).toContain(500)
    expect(statuses.filter((s) => s !== 400 && s !== 500)).toEqual([])
    expect(savedNamed('netmaker')).toBe(1)
  })

  describe('create-fails-after-save', () => {
    it('saves the key, then answers 500 with an error body', async () => {
      applyScenarios(['create-fails-after-save'])
      const before = await listKeys()
      const response = await call('POST', '/api/v1/enrollment-keys', {
        body: createBody({ tags: ['saved-anyway'], networks: ['zero-path'], uses_remaining: 3, unlimited: false }),
      })
      expect(await errorOf(response)).toEqual({
        status: 500,
        message: 'could not complete the request: database is locked',
      })
      const after = await listKeys()
      expect(after).toHaveLength(before.length + 1)
      expect(await keyNamed('saved-anyway')).toMatchObject({
        networks: ['zero-path'],
        type: 2,
        uses_remaining: 3,
      })
    })

    it('sending the same create again makes a duplicate on the newest line (so a client must look first)', async () => {
      applyScenarios(['create-fails-after-save'])
      const body = createBody({ tags: ['sent-twice'] })
      expect((await call('POST', '/api/v1/enrollment-keys', { body })).status).toBe(500)
      expect((await call('POST', '/api/v1/enrollment-keys', { body })).status).toBe(500)
      const twins = (await listKeys()).filter((key) => key.tags[0] === 'sent-twice')
      expect(twins).toHaveLength(2)
      expect(new Set(twins.map((key) => key.value)).size).toBe(2)
    })

    it('combined with v1.5, the second try is refused: names are unique among keys there', async () => {
      applyScenarios(['create-fails-after-save', 'v1.5'])
      const body = createBody({ tags: ['sent-twice'] })
      expect((await call('POST', '/api/v1/enrollment-keys', { body })).status).toBe(500)
      expect(await errorOf(await call('POST', '/api/v1/enrollment-keys', { body }))).toEqual({
        status: 400,
        message: 'key names must be unique',
      })
      expect((await listKeys()).filter((key) => key.tags[0] === 'sent-twice')).toHaveLength(1)
    })

    it('a create refused by the checks saves nothing and keeps its answer; other routes are untouched', async () => {
      applyScenarios(['create-fails-after-save'])
      const count = (await listKeys()).length
      expect(
        await errorOf(await call('POST', '/api/v1/enrollment-keys', { body: createBody({ tags: ['ab'] }) })),
      ).toEqual({
        status: 400,
        message:
          "validation error: name length must be between 3 and 32: Key: 'APIEnrollmentKey.Tags[0]' Error:Field validation for 'Tags[0]' failed on the 'min' tag",
      })
      expect((await listKeys()).length).toBe(count)
      const office = await keyNamed('office-laptops')
      const update = await call('PUT', `/api/v1/enrollment-keys/${office.value}`, {
        body: { relay: '', groups: [], auto_assign_gw: true },
      })
      expect(update.status).toBe(200)
    })
  })

  describe('v1.5', () => {
    it('reports v1.5.1 and answers mutations in the legacy shape', async () => {
      applyScenarios(['v1.5'])
      expect(await (await call('GET', '/api/server/status', { token: null })).json()).toMatchObject({
        version: 'v1.5.1',
        is_pro: true,
      })
      const response = await call('POST', '/api/v1/enrollment-keys', { body: createBody({ tags: ['legacy-new'] }) })
      expect(response.status).toBe(200)
      const body = (await response.json()) as Record<string, unknown>
      expect(body).not.toHaveProperty('id')
      expect(body).not.toHaveProperty('name')
      expect(legacyEnrollmentKeySchema.parse(body).tags).toEqual(['legacy-new'])
    })

    it('create ignores default', async () => {
      applyScenarios(['v1.5'])
      const response = await call('POST', '/api/v1/enrollment-keys', {
        body: createBody({ tags: ['wants-default'], default: true }),
      })
      expect(legacyEnrollmentKeySchema.parse(await response.json()).default).toBe(false)
      expect((await keyNamed('netmaker')).default).toBe(true)
      // and so no network is needed for it either
      const noNetwork = await call('POST', '/api/v1/enrollment-keys', {
        body: createBody({ tags: ['no-network'], networks: [], default: true }),
      })
      expect(noNetwork.status).toBe(200)
    })

    it('names must be unique among all keys’ names', async () => {
      applyScenarios(['v1.5'])
      expect(
        await errorOf(
          await call('POST', '/api/v1/enrollment-keys', { body: createBody({ tags: ['office-laptops'] }) }),
        ),
      ).toEqual({
        status: 400,
        message: 'key names must be unique',
      })
      expect(
        await errorOf(await call('POST', '/api/v1/enrollment-keys', { body: createBody({ tags: ['netmaker'] }) })),
      ).toEqual({
        status: 400,
        message: 'key names must be unique',
      })
    })

    it('update ignores default and answers the legacy shape', async () => {
      applyScenarios(['v1.5'])
      const office = await keyNamed('office-laptops')
      const response = await call('PUT', `/api/v1/enrollment-keys/${office.value}`, {
        body: { relay: '', groups: [], auto_assign_gw: false, default: true },
      })
      const key = legacyEnrollmentKeySchema.parse(await response.json())
      expect(key).toMatchObject({ default: false, groups: [], tags: ['office-laptops'] })
      const netmaker = await keyNamed('netmaker')
      const undefault = await call('PUT', `/api/v1/enrollment-keys/${netmaker.value}`, {
        body: { relay: '', groups: [], auto_assign_gw: false, default: false },
      })
      expect(legacyEnrollmentKeySchema.parse(await undefault.json()).default).toBe(true)
    })

    it('regenerate-token answers a plain-text 404', async () => {
      applyScenarios(['v1.5'])
      const office = await keyNamed('office-laptops')
      const response = await call('POST', `/api/v1/enrollment-keys/${office.value}/regenerate-token`)
      expect(response.status).toBe(404)
      expect(response.headers.get('Content-Type')).toMatch(/^text\/plain/)
      expect(await response.text()).toBe('404 page not found\n')
      expect((await keyNamed('office-laptops')).value).toBe(office.value)
    })
  })

  it('community: tags answer a plain-text 404 and the status says not Pro', async () => {
    applyScenarios(['community'])
    const tags = await call('GET', '/api/v1/tags?network=netmaker')
    expect(tags.status).toBe(404)
    expect(tags.headers.get('Content-Type')).toMatch(/^text\/plain/)
    expect(await tags.text()).toBe('404 page not found\n')
    expect(await (await call('GET', '/api/server/status', { token: null })).json()).toMatchObject({
      version: 'v1.8.0',
      is_pro: false,
    })
  })

  it('scenarios combine', async () => {
    applyScenarios(['v1.5', 'community', 'empty'])
    expect(await (await call('GET', '/api/server/status', { token: null })).json()).toMatchObject({
      version: 'v1.5.1',
      is_pro: false,
    })
    expect(await listKeys()).toEqual([])
  })

  it('POST /__mock/reset re-seeds with no scenario, without auth', async () => {
    applyScenarios(['empty', 'v1.5'])
    const response = await call('POST', '/__mock/reset', { token: null })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true })
    expect(activeScenarios()).toEqual([])
    expect(await listKeys()).toHaveLength(15)
  })

  it('POST /__mock/hold makes requests wait until POST /__mock/release', async () => {
    expect(await (await call('POST', '/__mock/hold', { token: null })).json()).toEqual({ held: true })
    let answered = false
    const pending = listKeys().then((keys) => {
      answered = true
      return keys
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(answered).toBe(false)
    // The mock's own routes still answer while held, and a reset releases, like a restarted server.
    expect((await call('POST', '/__mock/reset', { token: null })).status).toBe(200)
    expect(await pending).toHaveLength(15)

    await call('POST', '/__mock/hold', { token: null })
    const second = listKeys()
    await new Promise((resolve) => setTimeout(resolve, 20))
    const released = await (await call('POST', '/__mock/release', { token: null })).json()
    expect(released).toEqual({ released: 1 })
    expect(await second).toHaveLength(15)
    // No longer holding: the next request answers at once.
    expect(await listKeys()).toHaveLength(15)
  })
})
