import { describe, expect, it } from 'vitest'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { makeKey } from '@/test/factories'

import {
  DEFAULT_VIEW,
  filterRows,
  hasActiveFilters,
  networksOf,
  paginate,
  parseViewParams,
  serializeViewParams,
  sortRows,
  toRow,
  type ViewParams,
} from './list-view'

const NOW = new Date('2026-06-01T12:00:00Z')
const DAY = 86_400_000

const gateways = new Map([
  ['gw-1', { hostName: 'relay-fra-01', network: 'netmaker', label: 'relay-fra-01 (netmaker)' }],
])
const ctx = { now: NOW, gateway: (id: string) => gateways.get(id) ?? null }

const keys = [
  makeKey({ name: 'netmaker', networks: ['netmaker'], isDefault: true }),
  makeKey({
    name: 'Staging-CI',
    type: 'limited',
    unlimited: false,
    usesRemaining: 5,
    networks: ['netmaker'],
    gatewayId: 'gw-1',
    tags: ['netmaker.builders'],
  }),
  makeKey({
    name: 'contractor-march',
    type: 'time-bound',
    unlimited: false,
    expiresAt: new Date(NOW.getTime() - DAY),
    networks: ['netmaker'],
  }),
  makeKey({
    name: 'weekend-event',
    type: 'time-bound',
    unlimited: false,
    expiresAt: new Date(NOW.getTime() + 2 * DAY),
    networks: ['zero-path'],
  }),
  makeKey({ name: 'ci-runners-used', type: 'limited', unlimited: false, usesRemaining: 0, networks: ['turbo-link'] }),
  makeKey({
    name: 'multi-site-web',
    networks: ['private-mesh', 'zero-path'],
    autoAssignGateway: true,
    tags: ['private-mesh.web'],
  }),
  makeKey({ name: 'broken-import', type: 'invalid', unlimited: false, networks: ['iot-network'] }),
]
const rows = keys.map((k) => toRow(k, ctx))
const names = (list: { key: EnrollmentKey }[]) => list.map((r) => r.key.name)
const filters = (v: Partial<ViewParams>) => ({ ...DEFAULT_VIEW, ...v })

describe('toRow', () => {
  it('resolves the gateway label and tag names, and works out the status', () => {
    const row = rows[1]
    expect(row?.gateway?.label).toBe('relay-fra-01 (netmaker)')
    expect(row?.tagNames).toEqual(['builders'])
    expect(row?.status.status).toBe('valid')
    expect(rows[2]?.status.status).toBe('expired')
  })
})

describe('filterRows', () => {
  it('searches names case-insensitively', () => {
    expect(names(filterRows(rows, filters({ q: 'staging' })))).toEqual(['Staging-CI'])
    expect(names(filterRows(rows, filters({ q: 'STAGING-ci' })))).toEqual(['Staging-CI'])
  })

  it('searches network names, tag names and gateway names', () => {
    expect(names(filterRows(rows, filters({ q: 'zero-path' })))).toEqual(['weekend-event', 'multi-site-web'])
    expect(names(filterRows(rows, filters({ q: 'BUILDERS' })))).toEqual(['Staging-CI'])
    expect(names(filterRows(rows, filters({ q: 'relay-fra' })))).toEqual(['Staging-CI'])
  })

  it('needs every word of the search to match', () => {
    expect(names(filterRows(rows, filters({ q: 'netmaker ci' })))).toEqual(['Staging-CI'])
  })

  it('does not search tokens or ids', () => {
    expect(filterRows(rows, filters({ q: 'dG9rZW4' }))).toEqual([])
  })

  it('filters by status, type, network and default', () => {
    expect(names(filterRows(rows, filters({ status: 'expired' })))).toEqual(['contractor-march'])
    expect(names(filterRows(rows, filters({ status: 'used-up' })))).toEqual(['ci-runners-used'])
    expect(names(filterRows(rows, filters({ status: 'invalid' })))).toEqual(['broken-import'])
    expect(names(filterRows(rows, filters({ type: 'limited' })))).toEqual(['Staging-CI', 'ci-runners-used'])
    expect(names(filterRows(rows, filters({ network: 'turbo-link' })))).toEqual(['ci-runners-used'])
    expect(names(filterRows(rows, filters({ defaultOnly: true })))).toEqual(['netmaker'])
  })

  it('combines filters', () => {
    expect(names(filterRows(rows, filters({ network: 'netmaker', status: 'valid' })))).toEqual([
      'netmaker',
      'Staging-CI',
    ])
  })
})

describe('sortRows', () => {
  it('sorts by name case-insensitively, both ways', () => {
    expect(names(sortRows(rows, 'name', 'asc'))).toEqual([
      'broken-import',
      'ci-runners-used',
      'contractor-march',
      'multi-site-web',
      'netmaker',
      'Staging-CI',
      'weekend-event',
    ])
    expect(names(sortRows(rows, 'name', 'desc'))[0]).toBe('weekend-event')
  })

  it('sorts by status: valid (expiring soon first), expired, used up, invalid', () => {
    expect(names(sortRows(rows, 'status', 'asc'))).toEqual([
      'weekend-event',
      'multi-site-web',
      'netmaker',
      'Staging-CI',
      'contractor-march',
      'ci-runners-used',
      'broken-import',
    ])
  })

  it('sorts by type/usage: unlimited, limited (most uses first), time-bound, invalid', () => {
    expect(names(sortRows(rows, 'usage', 'asc'))).toEqual([
      'multi-site-web',
      'netmaker',
      'Staging-CI',
      'ci-runners-used',
      'weekend-event',
      'contractor-march',
      'broken-import',
    ])
  })

  it('sorts by expiry with keys that never expire last, either way', () => {
    expect(names(sortRows(rows, 'expiry', 'asc')).slice(0, 2)).toEqual(['contractor-march', 'weekend-event'])
    expect(names(sortRows(rows, 'expiry', 'desc')).slice(0, 2)).toEqual(['weekend-event', 'contractor-march'])
    expect(names(sortRows(rows, 'expiry', 'desc')).at(-1)).toBe('Staging-CI')
  })

  it('does not change its input', () => {
    const before = names(rows)
    sortRows(rows, 'name', 'desc')
    expect(names(rows)).toEqual(before)
  })
})

describe('paginate', () => {
  const items = Array.from({ length: 312 }, (_, i) => i)
  it('slices a page and gives the range', () => {
    const page = paginate(items, 2, 25)
    expect(page).toMatchObject({ page: 2, pageCount: 13, from: 26, to: 50, total: 312 })
    expect(page.items).toHaveLength(25)
  })
  it('shows the last page when the page is past the end', () => {
    expect(paginate(items, 99, 100)).toMatchObject({ page: 4, from: 301, to: 312 })
  })
  it('handles an empty list', () => {
    expect(paginate([], 1, 25)).toMatchObject({ page: 1, pageCount: 1, from: 0, to: 0, total: 0 })
  })
})

describe('view params in the URL', () => {
  it('parses every field and falls back on bad values', () => {
    expect(
      parseViewParams(
        '?q=web&status=expired&type=limited&network=netmaker&default=1&sort=expiry&dir=desc&page=3&size=50',
      ),
    ).toEqual({
      q: 'web',
      status: 'expired',
      type: 'limited',
      network: 'netmaker',
      defaultOnly: true,
      sort: 'expiry',
      dir: 'desc',
      page: 3,
      pageSize: 50,
      within: 7,
    })
    expect(parseViewParams('status=nope&type=9&sort=token&page=-2&size=7')).toEqual(DEFAULT_VIEW)
  })

  it('leaves defaults out and keeps parameters that are not the view’s', () => {
    expect(serializeViewParams(DEFAULT_VIEW, 'scenario=large')).toBe('scenario=large')
    expect(serializeViewParams({ ...DEFAULT_VIEW, q: 'a b', page: 2 }, '?scenario=large&q=old')).toBe(
      'scenario=large&q=a+b&page=2',
    )
    expect(serializeViewParams({ ...DEFAULT_VIEW, dir: 'desc' }, '')).toBe('sort=name&dir=desc')
  })

  it('round-trips', () => {
    const view: ViewParams = {
      ...DEFAULT_VIEW,
      q: 'x',
      status: 'valid',
      network: 'a&b',
      defaultOnly: true,
      sort: 'status',
      page: 4,
      pageSize: 100,
    }
    expect(parseViewParams(serializeViewParams(view, ''))).toEqual(view)
  })

  it('knows when filters are active', () => {
    expect(hasActiveFilters(DEFAULT_VIEW)).toBe(false)
    expect(hasActiveFilters({ ...DEFAULT_VIEW, q: '  ' })).toBe(false)
    expect(hasActiveFilters({ ...DEFAULT_VIEW, defaultOnly: true })).toBe(true)
  })
})

describe('expiring soon', () => {
  const kiosk = toRow(
    makeKey({ name: 'kiosk', type: 'limited', unlimited: false, usesRemaining: 1, networks: ['turbo-link'] }),
    ctx,
  )
  const nextMonth = toRow(
    makeKey({
      name: 'next-month',
      type: 'time-bound',
      unlimited: false,
      expiresAt: new Date(NOW.getTime() + 20 * DAY),
    }),
    ctx,
  )
  const all = [...rows, kiosk, nextMonth]

  it('marks the row with why it stops soon, within the window given (7 days unless said)', () => {
    const weekend = rows.find((r) => r.key.name === 'weekend-event')
    if (!weekend) throw new Error('no weekend-event row')
    expect(weekend.soon?.cause).toBe('time')
    expect(weekend.status.expiryWarning).toBe('Expires in 2 days')
    expect(kiosk.status.expiryWarning).toBe('1 use left')
    expect(nextMonth.soon).toBeNull()
    const wider = toRow(nextMonth.key, { ...ctx, soonWindowDays: 30 })
    expect(wider.soon?.cause).toBe('time')
    expect(wider.status.expiryWarning).toBe('Expires in 20 days')
    expect(toRow(weekend.key, { ...ctx, soonWindowDays: 1 }).status.expiryWarning).toBeNull()
  })

  it('has a status filter of its own', () => {
    expect(names(filterRows(all, filters({ status: 'expiring-soon' })))).toEqual(['weekend-event', 'kiosk'])
  })

  it('sorts by "stops working first": running out of uses, then by time left, then the rest, stopped keys last', () => {
    expect(names(sortRows(all, 'stops', 'asc'))).toEqual([
      'kiosk',
      'weekend-event',
      'next-month',
      'multi-site-web',
      'netmaker',
      'Staging-CI',
      'broken-import',
      'ci-runners-used',
      'contractor-march',
    ])
  })

  it('keeps the window in the URL, left out at its default', () => {
    expect(parseViewParams('within=30').within).toBe(30)
    expect(parseViewParams('within=5').within).toBe(7)
    expect(serializeViewParams({ ...DEFAULT_VIEW, within: 14, status: 'expiring-soon' }, '')).toBe(
      'status=expiring-soon&within=14',
    )
    expect(serializeViewParams({ ...DEFAULT_VIEW, within: 7 }, 'within=30')).toBe('')
  })
})

describe('networksOf', () => {
  it('lists each network once, sorted', () => {
    expect(networksOf(keys)).toEqual(['iot-network', 'netmaker', 'private-mesh', 'turbo-link', 'zero-path'])
  })
})
