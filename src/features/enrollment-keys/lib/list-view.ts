import { KEY_STATUSES, type KeyStatus } from '@/api/enrollment-keys/rules'
import { type EnrollmentKey, KEY_TYPES, type KeyType } from '@/api/enrollment-keys/schemas'

import type { Gateway } from '../hooks/use-gateways'
import { tagNameFromId } from '../hooks/use-tags'
import {
  DEFAULT_SOON_WINDOW,
  parseSoonWindow,
  type SoonWindow,
  type StopsSoon,
  stopsSoon,
  stopsSoonMark,
} from './expiring-soon'
import { classifyKey, KEY_STATUS_LABELS, type KeyStatusSummary } from './key-status'

/** `stops`: the keys that stop working first (see `compareStopsFirst`). */
export const SORT_FIELDS = ['name', 'status', 'usage', 'expiry', 'stops'] as const
export type SortField = (typeof SORT_FIELDS)[number]
export type SortDir = 'asc' | 'desc'
export const PAGE_SIZES = [25, 50, 100] as const
export type PageSize = (typeof PAGE_SIZES)[number]

/** The status filter: a status, or the keys that still work but stop within the window. */
export const STATUS_FILTERS = [...KEY_STATUSES, 'expiring-soon'] as const
export type StatusFilter = (typeof STATUS_FILTERS)[number]
export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  ...KEY_STATUS_LABELS,
  'expiring-soon': 'Expiring soon',
}

/** Everything that shapes the list view; lives in the URL. */
export type ViewParams = {
  q: string
  status: StatusFilter | null
  type: KeyType | null
  network: string | null
  defaultOnly: boolean
  sort: SortField
  dir: SortDir
  page: number
  pageSize: PageSize
  /** The "expiring soon" window, in days. */
  within: SoonWindow
}

export const DEFAULT_VIEW: ViewParams = {
  q: '',
  status: null,
  type: null,
  network: null,
  defaultOnly: false,
  sort: 'name',
  dir: 'asc',
  page: 1,
  pageSize: 25,
  within: DEFAULT_SOON_WINDOW,
}

/** URL parameter names owned by the view; any other parameter (e.g. `scenario`) is kept as it is. */
const OWN_PARAMS = ['q', 'status', 'type', 'network', 'default', 'sort', 'dir', 'page', 'size', 'within'] as const

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null
}

/** Read the view from a query string (with or without "?"). Unknown or bad values fall back to defaults. */
export function parseViewParams(search: string): ViewParams {
  const params = new URLSearchParams(search)
  const page = Number.parseInt(params.get('page') ?? '', 10)
  const size = Number.parseInt(params.get('size') ?? '', 10)
  return {
    q: params.get('q') ?? '',
    status: oneOf(STATUS_FILTERS, params.get('status')),
    type: oneOf(KEY_TYPES, params.get('type')),
    network: params.get('network') || null,
    defaultOnly: params.get('default') === '1',
    sort: oneOf(SORT_FIELDS, params.get('sort')) ?? DEFAULT_VIEW.sort,
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    pageSize: oneOf(PAGE_SIZES.map(String), Number.isFinite(size) ? String(size) : null)
      ? (size as PageSize)
      : DEFAULT_VIEW.pageSize,
    within: parseSoonWindow(params.get('within')) ?? DEFAULT_VIEW.within,
  }
}

/**
 * Write the view into a query string, keeping parameters that are not the view's. Defaults are left
 * out so a plain /keys stays plain. Never holds a key's value or token.
 */
export function serializeViewParams(view: ViewParams, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch)
  for (const name of OWN_PARAMS) params.delete(name)
  if (view.q) params.set('q', view.q)
  if (view.status) params.set('status', view.status)
  if (view.type) params.set('type', view.type)
  if (view.network) params.set('network', view.network)
  if (view.defaultOnly) params.set('default', '1')
  if (view.sort !== DEFAULT_VIEW.sort || view.dir !== DEFAULT_VIEW.dir) params.set('sort', view.sort)
  if (view.dir !== DEFAULT_VIEW.dir) params.set('dir', view.dir)
  if (view.page > 1) params.set('page', String(view.page))
  if (view.pageSize !== DEFAULT_VIEW.pageSize) params.set('size', String(view.pageSize))
  if (view.within !== DEFAULT_VIEW.within) params.set('within', String(view.within))
  return params.toString()
}

export function hasActiveFilters(view: ViewParams): boolean {
  return view.q.trim() !== '' || view.status !== null || view.type !== null || view.network !== null || view.defaultOnly
}

/** A key with everything the table shows and sorts by, computed once per data change. */
export type KeyRow = {
  key: EnrollmentKey
  /** The status; its warning is the "expiring soon" mark ("Expires in 2 days", "1 use left"). */
  status: KeyStatusSummary
  /** Why the key stops working within the window, or null. */
  soon: StopsSoon | null
  /** The key's gateway (relay), when it is one we know. */
  gateway: Pick<Gateway, 'hostName' | 'network' | 'label'> | null
  tagNames: string[]
  /** Lowercase name, networks, tag names and gateway label, for search. */
  haystack: string
  nameKey: string
  usageRank: number
  expiryMs: number
}

export type RowContext = {
  now: Date
  /** The "expiring soon" window in days (default 7). */
  soonWindowDays?: number
  /** The gateway (relay node) with this id, or null when unknown. */
  gateway: (id: string) => Pick<Gateway, 'hostName' | 'network' | 'label'> | null
}

const STATUS_RANK: Record<KeyStatus, number> = { valid: 0, expired: 1, 'used-up': 2, invalid: 3 }
const TYPE_RANK: Record<KeyType, number> = { unlimited: 0, limited: 1, 'time-bound': 2, invalid: 3 }

export function toRow(key: EnrollmentKey, ctx: RowContext): KeyRow {
  const gateway = key.gatewayId ? ctx.gateway(key.gatewayId) : null
  // Names only: tags of the same name in two networks show once.
  const tagNames = [...new Set(key.tags.map((t) => tagNameFromId(t, key.networks)))]
  const haystack = [
    key.name,
    ...key.networks,
    ...tagNames,
    gateway?.label ?? '',
    key.autoAssignGateway ? 'auto-select' : '',
  ]
    .join('\n')
    .toLowerCase()
  const expiryMs = key.expiresAt ? key.expiresAt.getTime() : Number.POSITIVE_INFINITY
  // Within a type: unlimited, then by uses left (more first), then by expiry (later first).
  const within =
    key.type === 'limited' ? -key.usesRemaining : key.type === 'time-bound' && key.expiresAt ? -expiryMs / 1e13 : 0
  const { status } = classifyKey(key, ctx.now)
  const soon = status === 'valid' ? stopsSoon(key, ctx.now, ctx.soonWindowDays ?? DEFAULT_SOON_WINDOW) : null
  return {
    key,
    status: { status, expiryWarning: soon ? stopsSoonMark(soon, ctx.now) : null },
    soon,
    gateway,
    tagNames,
    haystack,
    nameKey: key.name.toLowerCase(),
    usageRank: TYPE_RANK[key.type] * 1e9 + within,
    expiryMs,
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * "Stops working first": keys expiring soon (fewest uses left first, as the next join may spend the last
 * one, then by time left), then the other working keys by expiry (none last), then keys that already
 * stopped.
 */
function stopsGroup(row: KeyRow): number {
  if (row.soon?.cause === 'uses') return 0
  if (row.soon) return 1
  return row.status.status === 'valid' ? 2 : 3
}

export function compareStopsFirst(a: KeyRow, b: KeyRow): number {
  const group = stopsGroup(a) - stopsGroup(b)
  if (group !== 0) return group
  if (a.soon?.cause === 'uses' && b.soon?.cause === 'uses') return a.soon.usesLeft - b.soon.usesLeft
  if (stopsGroup(a) === 3) return 0
  return a.expiryMs === b.expiryMs ? 0 : a.expiryMs < b.expiryMs ? -1 : 1
}

function compareBy(field: SortField): (a: KeyRow, b: KeyRow) => number {
  switch (field) {
    case 'name':
      return (a, b) => compareText(a.nameKey, b.nameKey)
    case 'status':
      return (a, b) =>
        STATUS_RANK[a.status.status] - STATUS_RANK[b.status.status] ||
        Number(b.status.expiryWarning !== null) - Number(a.status.expiryWarning !== null)
    case 'usage':
      return (a, b) => a.usageRank - b.usageRank
    case 'expiry':
      return (a, b) => (a.expiryMs === b.expiryMs ? 0 : a.expiryMs < b.expiryMs ? -1 : 1)
    case 'stops':
      return compareStopsFirst
  }
}

/**
 * Sort a copy. Ties go by name then id (always ascending), so the order is stable whatever the
 * server's order. Keys without an expiry sort last either way when sorting by expiry.
 */
export function sortRows(rows: readonly KeyRow[], field: SortField, dir: SortDir): KeyRow[] {
  const primary = compareBy(field)
  const sign = dir === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    if (field === 'expiry') {
      const aNone = a.expiryMs === Number.POSITIVE_INFINITY
      const bNone = b.expiryMs === Number.POSITIVE_INFINITY
      if (aNone !== bNone) return aNone ? 1 : -1
    }
    return sign * primary(a, b) || compareText(a.nameKey, b.nameKey) || compareText(a.key.id, b.key.id)
  })
}

/** Keep the rows matching the search and filters; the order is kept. */
export function filterRows(
  rows: readonly KeyRow[],
  view: Pick<ViewParams, 'q' | 'status' | 'type' | 'network' | 'defaultOnly'>,
): KeyRow[] {
  const terms = view.q.toLowerCase().split(/\s+/).filter(Boolean)
  if (terms.length === 0 && !view.status && !view.type && !view.network && !view.defaultOnly) return [...rows]
  return rows.filter((row) => {
    if (view.status === 'expiring-soon') {
      if (!row.soon) return false
    } else if (view.status && row.status.status !== view.status) return false
    if (view.type && row.key.type !== view.type) return false
    if (view.network && !row.key.networks.includes(view.network)) return false
    if (view.defaultOnly && !row.key.isDefault) return false
    for (const term of terms) if (!row.haystack.includes(term)) return false
    return true
  })
}

export type Page<T> = { items: T[]; page: number; pageCount: number; from: number; to: number; total: number }

/** One page of items; a page past the end shows the last page. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const total = items.length
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const current = Math.min(Math.max(1, page), pageCount)
  const start = (current - 1) * pageSize
  const slice = items.slice(start, start + pageSize)
  return { items: slice, page: current, pageCount, from: total === 0 ? 0 : start + 1, to: start + slice.length, total }
}

/** Network names used by any key, sorted, for the network filter. */
export function networksOf(keys: readonly EnrollmentKey[]): string[] {
  const set = new Set<string>()
  for (const key of keys) for (const n of key.networks) set.add(n)
  return [...set].sort((a, b) => a.localeCompare(b))
}
