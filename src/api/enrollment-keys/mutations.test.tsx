import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'

import { DEMO_MASTER_KEY } from '@/lib/demo'
import { sessionStore } from '@/lib/session'
import { server } from '@/mocks/node'
import { makeKey as baseKey } from '@/test/factories'
import { createTestQueryClient } from '@/test/render'

import { DefaultNotChangedError } from './errors'
import {
  useCreateEnrollmentKey,
  useDeleteEnrollmentKey,
  useDeleteEnrollmentKeys,
  useRegenerateEnrollmentKeyToken,
  useUpdateEnrollmentKey,
} from './mutations'
import { enrollmentKeyQueries } from './queries'
import { type EnrollmentKey, NIL_UUID } from './schemas'

const KEYS_URL = '*/api/v1/enrollment-keys'
const GATEWAY = '11111111-2222-3333-4444-555555555555'

function makeKey(overrides: Partial<EnrollmentKey> & Pick<EnrollmentKey, 'id' | 'name'>): EnrollmentKey {
  return baseKey({ token: `token-of-${overrides.id}`, networks: ['private-mesh'], ...overrides })
}

/** The key as the list route (and a v1.5 server) puts it on the wire. */
function legacyWire(key: EnrollmentKey) {
  return {
    value: key.id,
    tags: [key.name],
    token: key.token,
    networks: key.networks,
    type: 3,
    uses_remaining: key.usesRemaining,
    expiration: '0001-01-01T00:00:00Z',
    unlimited: key.unlimited,
    relay: key.gatewayId ?? NIL_UUID,
    groups: key.tags,
    default: key.isDefault,
    auto_egress: false,
    auto_assign_gw: key.autoAssignGateway,
  }
}

const meshDefault = makeKey({ id: 'MESHDEFAULT', name: 'private-mesh', isDefault: true })
const office = makeKey({ id: 'OFFICE', name: 'office-laptops', tags: ['private-mesh.web'] })
const multi = makeKey({ id: 'MULTI', name: 'multi-site-web', networks: ['private-mesh', 'zero-path'] })
const zeroDefault = makeKey({ id: 'ZERODEFAULT', name: 'zero-path', networks: ['zero-path'], isDefault: true })
const initialKeys = [meshDefault, office, multi, zeroDefault]

/** A promise the test resolves, to hold a request open and look at the cache meanwhile. */
function deferred() {
  let release!: () => void
  const promise = new Promise<void>((resolve) => {
    release = resolve
  })
  return { promise, release }
}

let queryClient: QueryClient

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}

const cachedKeys = () => queryClient.getQueryData(enrollmentKeyQueries.list().queryKey)
const cachedKey = (id: string) => cachedKeys()?.find((k) => k.id === id)

beforeEach(() => {
  sessionStore.signIn({ token: DEMO_MASTER_KEY, serverUrl: '', username: 'admin' }, false)
  queryClient = createTestQueryClient()
  queryClient.setQueryData(enrollmentKeyQueries.list().queryKey, initialKeys)
})

describe('useCreateEnrollmentKey', () => {
  const body = {
    tags: ['new key'],
    networks: ['private-mesh'],
    uses_remaining: 0,
    expiration: 0,
    unlimited: true,
    relay: '',
    auto_assign_gw: false,
    groups: [],
    default: false,
  }
  const saved = makeKey({ id: 'NEWKEY', name: 'new key' })

  it('after a 5xx, looks for the key before sending it again, and finds it', async () => {
    let posts = 0
    let savedOnServer = false
    server.use(
      http.post(KEYS_URL, () => {
        posts += 1
        // The server saves the key, then fails to answer properly.
        savedOnServer = true
        return HttpResponse.json({ Code: 500, Message: 'database busy', Response: null }, { status: 500 })
      }),
      http.get(KEYS_URL, () =>
        HttpResponse.json((savedOnServer ? [...initialKeys, saved] : initialKeys).map(legacyWire)),
      ),
    )
    const { result } = renderHook(() => useCreateEnrollmentKey(), { wrapper })

    const first = await act(() => result.current.create(body))
    expect(first).toMatchObject({ status: 'failed', error: { message: 'database busy' } })
    expect(result.current.mayHaveSaved).toBe(true)

    const second = await act(() => result.current.create(body))
    expect(second).toMatchObject({ status: 'found', key: { id: 'NEWKEY', name: 'new key' } })
    expect(posts).toBe(1)
    expect(result.current.mayHaveSaved).toBe(false)
  })

  it('sends again after a refusal: a 4xx made nothing', async () => {
    let posts = 0
    server.use(
      http.post(KEYS_URL, () => {
        posts += 1
        return posts === 1
          ? HttpResponse.json({ Code: 400, Message: 'bad request', Response: null }, { status: 400 })
          : HttpResponse.json(legacyWire(saved))
      }),
    )
    const { result } = renderHook(() => useCreateEnrollmentKey(), { wrapper })

    expect(await act(() => result.current.create(body))).toMatchObject({ status: 'failed' })
    expect(result.current.mayHaveSaved).toBe(false)
    expect(await act(() => result.current.create(body))).toMatchObject({ status: 'created', key: { id: 'NEWKEY' } })
    expect(posts).toBe(2)
  })
})

describe('useUpdateEnrollmentKey', () => {
  it('shows the new gateway and tags at once, then the server’s answer', async () => {
    const gate = deferred()
    let sent: unknown
    server.use(
      http.put(`${KEYS_URL}/:id`, async ({ request }) => {
        sent = await request.json()
        await gate.promise
        return HttpResponse.json(
          legacyWire({ ...office, gatewayId: GATEWAY, tags: ['private-mesh.ci'], token: 'server-token' }),
        )
      }),
    )
    const { result } = renderHook(() => useUpdateEnrollmentKey(), { wrapper })

    act(() => {
      result.current.mutate({
        key: office,
        changes: { relay: GATEWAY, groups: ['private-mesh.ci'], auto_assign_gw: true },
      })
    })

    await waitFor(() => expect(cachedKey('OFFICE')?.gatewayId).toBe(GATEWAY))
    expect(cachedKey('OFFICE')).toMatchObject({ tags: ['private-mesh.ci'], autoAssignGateway: false })
    gate.release()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))

    // The full set the server replaces, with the key's current default.
    expect(sent).toEqual({ relay: GATEWAY, groups: ['private-mesh.ci'], auto_assign_gw: true, default: false })
    expect(cachedKey('OFFICE')).toMatchObject({ gatewayId: GATEWAY, tags: ['private-mesh.ci'], token: 'server-token' })
  })

  it('rolls the key back when the server refuses, and reports the server’s reason', async () => {
    const gate = deferred()
    server.use(
      http.put(`${KEYS_URL}/:id`, async () => {
        await gate.promise
        return HttpResponse.json(
          { Code: 500, Message: "relay node not in key's networks", Response: null },
          { status: 500 },
        )
      }),
    )
    const { result } = renderHook(() => useUpdateEnrollmentKey(), { wrapper })

    act(() => {
      result.current.mutate({ key: office, changes: { relay: GATEWAY, groups: [] } })
    })
    await waitFor(() => expect(cachedKey('OFFICE')?.gatewayId).toBe(GATEWAY))
    expect(cachedKey('OFFICE')?.tags).toEqual([])

    gate.release()
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error?.message).toBe("relay node not in key's networks")
    expect(cachedKeys()).toEqual(initialKeys)
  })

  it('rolls back only its own key: a concurrent change to another key survives', async () => {
    const officeGate = deferred()
    server.use(
      http.put(`${KEYS_URL}/:id`, async ({ params }) => {
        if (params.id === 'OFFICE') {
          await officeGate.promise
          return HttpResponse.json({ Code: 500, Message: 'no enrollmentkey found', Response: null }, { status: 500 })
        }
        return new Promise<Response>(() => undefined) // the other update stays pending
      }),
    )
    const { result: first } = renderHook(() => useUpdateEnrollmentKey(), { wrapper })
    const { result: second } = renderHook(() => useUpdateEnrollmentKey(), { wrapper })

    act(() => {
      first.current.mutate({ key: office, changes: { groups: ['private-mesh.db'] } })
      second.current.mutate({ key: multi, changes: { groups: ['zero-path.web'] } })
    })
    await waitFor(() => expect(cachedKey('MULTI')?.tags).toEqual(['zero-path.web']))
    officeGate.release()
    await waitFor(() => expect(first.current.isError).toBe(true))

    expect(cachedKey('OFFICE')).toEqual(office)
    expect(cachedKey('MULTI')?.tags).toEqual(['zero-path.web'])
  })

  it('makes a key the default and takes the default away from keys sharing its networks', async () => {
    server.use(http.put(`${KEYS_URL}/:id`, () => HttpResponse.json(legacyWire({ ...multi, isDefault: true }))))
    const { result } = renderHook(() => useUpdateEnrollmentKey(), { wrapper })

    await act(() => result.current.mutateAsync({ key: multi, changes: { default: true } }))

    expect(cachedKey('MULTI')?.isDefault).toBe(true)
    expect(cachedKey('MESHDEFAULT')?.isDefault).toBe(false)
    expect(cachedKey('ZERODEFAULT')?.isDefault).toBe(false)
    expect(cachedKey('OFFICE')?.isDefault).toBe(false)
  })

  it('fails, and shows nothing as changed, when the server ignores `default` (v1.5)', async () => {
    let requests = 0
    server.use(
      http.put(`${KEYS_URL}/:id`, () => {
        requests += 1
        return HttpResponse.json(legacyWire(multi)) // default unchanged
      }),
    )
    const { result } = renderHook(() => useUpdateEnrollmentKey(), { wrapper })

    act(() => {
      result.current.mutate({ key: multi, changes: { default: true } })
    })
    await waitFor(() => expect(result.current.isError).toBe(true))

    expect(requests).toBe(1)
    expect(result.current.error).toBeInstanceOf(DefaultNotChangedError)
    expect(result.current.error?.message).toBe('This Netmaker server does not support changing the default key')
    expect(cachedKeys()).toEqual(initialKeys)
  })
})

describe('useDeleteEnrollmentKey', () => {
  it('removes the key at once and keeps it removed when the server agrees', async () => {
    const gate = deferred()
    server.use(
      http.delete(`${KEYS_URL}/:id`, async () => {
        await gate.promise
        return new HttpResponse(null, { status: 200 }) // empty body
      }),
    )
    const { result } = renderHook(() => useDeleteEnrollmentKey(), { wrapper })

    act(() => {
      result.current.mutate(office)
    })
    await waitFor(() => expect(cachedKey('OFFICE')).toBeUndefined())
    gate.release()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(cachedKeys()?.map((k) => k.id)).toEqual(['MESHDEFAULT', 'MULTI', 'ZERODEFAULT'])
  })

  it('puts the key back in its place when the server refuses', async () => {
    const gate = deferred()
    server.use(
      http.delete(`${KEYS_URL}/:id`, async () => {
        await gate.promise
        return HttpResponse.json(
          { Code: 500, Message: 'cannot delete default network key', Response: null },
          { status: 500 },
        )
      }),
    )
    const { result } = renderHook(() => useDeleteEnrollmentKey(), { wrapper })

    act(() => {
      result.current.mutate(office)
    })
    await waitFor(() => expect(cachedKey('OFFICE')).toBeUndefined())
    gate.release()
    await waitFor(() => expect(result.current.isError).toBe(true))

    expect(result.current.error?.message).toBe('cannot delete default network key')
    expect(cachedKeys()).toEqual(initialKeys)
  })
})

describe('useDeleteEnrollmentKeys', () => {
  it('removes those deleted and puts back, in place, those the server refused', async () => {
    server.use(
      http.delete(`${KEYS_URL}/:id`, ({ params }) =>
        params.id === 'MULTI'
          ? HttpResponse.json({ Code: 400, Message: 'no enrollmentkey found', Response: null }, { status: 400 })
          : new HttpResponse(null, { status: 200 }),
      ),
    )
    const { result } = renderHook(() => useDeleteEnrollmentKeys(), { wrapper })

    const outcome = await act(() => result.current.mutateAsync({ keys: [office, multi] }))

    expect(outcome.deleted.map((k) => k.name)).toEqual(['office-laptops'])
    expect(outcome.failed.map((f) => [f.key.name, (f.error as Error).message])).toEqual([
      ['multi-site-web', 'no enrollmentkey found'],
    ])
    expect(cachedKeys()?.map((k) => k.id)).toEqual(['MESHDEFAULT', 'MULTI', 'ZERODEFAULT'])
  })
})

describe('useRegenerateEnrollmentKeyToken', () => {
  it('waits for the server, then shows the key in the same place with its new id and token', async () => {
    const gate = deferred()
    server.use(
      http.post(`${KEYS_URL}/:id/regenerate-token`, async () => {
        await gate.promise
        return HttpResponse.json(legacyWire({ ...office, id: 'OFFICENEW', token: 'new-token' }))
      }),
    )
    const { result } = renderHook(() => useRegenerateEnrollmentKeyToken(), { wrapper })

    act(() => {
      result.current.mutate(office)
    })
    await waitFor(() => expect(result.current.isPending).toBe(true))
    expect(cachedKeys()).toEqual(initialKeys)

    gate.release()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(cachedKeys()?.map((k) => k.id)).toEqual(['MESHDEFAULT', 'OFFICENEW', 'MULTI', 'ZERODEFAULT'])
    expect(cachedKey('OFFICENEW')).toMatchObject({ name: 'office-laptops', token: 'new-token' })
  })

  it('keeps the old token when the server has no such route (v1.5: plain-text 404)', async () => {
    server.use(
      http.post(
        `${KEYS_URL}/:id/regenerate-token`,
        () => new HttpResponse('404 page not found', { status: 404, headers: { 'Content-Type': 'text/plain' } }),
      ),
    )
    const { result } = renderHook(() => useRegenerateEnrollmentKeyToken(), { wrapper })

    act(() => {
      result.current.mutate(office)
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ status: 404, message: '404 page not found' })
    expect(cachedKeys()).toEqual(initialKeys)
  })
})
