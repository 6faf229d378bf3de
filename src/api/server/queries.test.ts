import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'

import { createQueryClient } from '@/api/query-client'
import { capabilitiesOf, serverQueries } from '@/api/server/queries'
import { DEMO_MASTER_KEY } from '@/lib/demo'
import { sessionStore } from '@/lib/session'
import { server } from '@/mocks/node'

afterEach(() => sessionStore.reset())

describe('capabilitiesOf()', () => {
  it('turns regenerate and set-default off on v1.5.1', () => {
    expect(capabilitiesOf({ version: 'v1.5.1', is_pro: true })).toEqual({
      version: 'v1.5.1',
      isPro: true,
      regenerateToken: false,
      setDefault: false,
      tags: true,
    })
  })

  it.each(['v1.5.0', '1.5.1', 'v1.4.0', 'v0.99.0', 'v1.5'])('treats %s as the older generation', (version) => {
    const caps = capabilitiesOf({ version })
    expect(caps.regenerateToken).toBe(false)
    expect(caps.setDefault).toBe(false)
  })

  it.each(['v1.6.0', 'v2.0', 'v2.0.0', '1.10.2', 'v1.6.0-rc1'])(
    'turns regenerate and set-default on for %s',
    (version) => {
      const caps = capabilitiesOf({ version })
      expect(caps.regenerateToken).toBe(true)
      expect(caps.setDefault).toBe(true)
    },
  )

  it('takes an unknown version for the newest line (the UI still copes with a 404)', () => {
    expect(capabilitiesOf({ version: 'dev-build' })).toMatchObject({ regenerateToken: true, setDefault: true })
    expect(capabilitiesOf({})).toMatchObject({ version: null, regenerateToken: true, setDefault: true })
  })

  it('offers tags only on Pro servers', () => {
    expect(capabilitiesOf({ version: 'v2.0.0', is_pro: true })).toMatchObject({ isPro: true, tags: true })
    expect(capabilitiesOf({ version: 'v2.0.0', is_pro: false })).toMatchObject({ isPro: false, tags: false })
    expect(capabilitiesOf({ version: 'v2.0.0' })).toMatchObject({ isPro: false, tags: false })
  })
})

describe('serverQueries.status()', () => {
  it('asks /api/server/status without a token and selects the capabilities', async () => {
    sessionStore.signIn({ token: DEMO_MASTER_KEY, serverUrl: '', username: null }, false)
    let authorization: string | null = 'not called'
    server.use(
      http.get('*/api/server/status', ({ request }) => {
        authorization = request.headers.get('authorization')
        return HttpResponse.json({ version: 'v1.5.1', is_pro: false, db_connected: true })
      }),
    )
    const queryClient = createQueryClient()
    const options = serverQueries.status()

    const status = await queryClient.fetchQuery(options)

    expect(authorization).toBeNull()
    expect(options.select?.(status)).toEqual({
      version: 'v1.5.1',
      isPro: false,
      regenerateToken: false,
      setDefault: false,
      tags: false,
    })
    queryClient.clear()
  })
})
