import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'

import { DEMO_MASTER_KEY } from '@/lib/demo'
import { sessionStore } from '@/lib/session'
import { server } from '@/mocks/node'

import { enrollmentsFromEvents } from './joins'
import { ACTIVITY_PER_PAGE, loadEnrollments, MAX_PAGES_PER_LOAD } from './queries'
import type { ActivityEvent } from './schemas'

const KEY = 'KEYVALUEKEYVALUEKEYVALUEKEYVALUE'

function join(id: string, host: string, network: string, at: string, key = KEY): ActivityEvent {
  return {
    id,
    action: 'JOIN_HOST_TO_NETWORK',
    source: { id: key, name: 'k', subject_type: 'ENROLLMENT_KEY' },
    target: { id: `host-${host}`, name: host, subject_type: 'DEVICE' },
    network_id: network,
    time_stamp: at,
  }
}

const login = (id: string, at: string): ActivityEvent => ({
  id,
  action: 'LOGIN',
  source: { id: 'admin', name: 'admin', subject_type: 'USER' },
  target: null,
  time_stamp: at,
})

describe('enrollmentsFromEvents()', () => {
  it('keeps only joins with this key, and groups one join over several networks', () => {
    const events = [
      join('e5', 'web-02', 'zero-path', '2026-12-03T10:00:30Z'),
      join('e4', 'web-02', 'private-mesh', '2026-12-03T10:00:00Z'),
      login('e3', '2026-12-02T09:00:00Z'),
      join('e2', 'other', 'netmaker', '2026-12-02T08:00:00Z', 'ANOTHERKEY'),
      join('e1', 'web-02', 'zero-path', '2026-11-20T10:00:00Z'),
    ]
    expect(enrollmentsFromEvents(events, KEY)).toEqual([
      {
        id: 'e5',
        hostId: 'host-web-02',
        hostName: 'web-02',
        networks: ['zero-path', 'private-mesh'],
        joinedAt: new Date('2026-12-03T10:00:30Z'),
      },
      // The same device joining again later is a second enrollment.
      {
        id: 'e1',
        hostId: 'host-web-02',
        hostName: 'web-02',
        networks: ['zero-path'],
        joinedAt: new Date('2026-11-20T10:00:00Z'),
      },
    ])
  })

  it('ignores events with a broken time or without a device', () => {
    const broken = { ...join('x', 'a', 'n', 'not a time') }
    const noTarget = { ...join('y', 'b', 'n', '2026-12-03T10:00:00Z'), target: null }
    expect(enrollmentsFromEvents([broken, noTarget], KEY)).toEqual([])
  })
})

describe('loadEnrollments()', () => {
  afterEach(() => sessionStore.reset())

  it('reads pages until it has enough to show, and at most MAX_PAGES_PER_LOAD per load', async () => {
    sessionStore.signIn({ token: DEMO_MASTER_KEY, serverUrl: '', username: null }, false)
    const pages: number[] = []
    // An endless log with no join at all: a load must still stop.
    server.use(
      http.get('*/api/v1/activity', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'))
        pages.push(page)
        const events = Array.from({ length: ACTIVITY_PER_PAGE }, (_, i) =>
          login(`p${page}-${i}`, new Date(Date.UTC(2026, 11, 1) - (page * 100 + i) * 60_000).toISOString()),
        )
        return HttpResponse.json({ Code: 200, Message: 'ok', Response: events })
      }),
    )
    const first = await loadEnrollments(KEY, 1)
    expect(first).toMatchObject({ enrollments: [], nextPage: MAX_PAGES_PER_LOAD + 1 })
    expect(pages).toEqual([1, 2, 3, 4])
    const next = await loadEnrollments(KEY, first.nextPage ?? 0)
    expect(next.nextPage).toBe(2 * MAX_PAGES_PER_LOAD + 1)
  })

  it('ends at a short page, and takes a null Response as no events', async () => {
    sessionStore.signIn({ token: DEMO_MASTER_KEY, serverUrl: '', username: null }, false)
    server.use(http.get('*/api/v1/activity', () => HttpResponse.json({ Code: 200, Message: 'ok', Response: null })))
    expect(await loadEnrollments(KEY, 1)).toEqual({ enrollments: [], nextPage: null, eventsRead: 0 })
  })
})
