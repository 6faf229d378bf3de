import { useMemo } from 'react'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

import {
  filterRows,
  type KeyRow,
  networksOf,
  type Page,
  paginate,
  sortRows,
  toRow,
  type ViewParams,
} from '../lib/list-view'
import { useGateways } from './use-gateways'

export type KeysList = {
  /** Every key as a row: status, labels and lowercase search haystacks, derived once per data change. */
  rows: KeyRow[]
  /** The view's rows (search and filters applied, all pages), in its order. */
  filtered: KeyRow[]
  page: Page<KeyRow>
  selectedRows: KeyRow[]
  soonCount: number
  /** Every network some key belongs to (for the network filter). */
  networks: string[]
}

/** The list the page shows for a view: rows derived from the keys, sorted, filtered and paged. */
export function useKeysList(
  keys: readonly EnrollmentKey[],
  view: ViewParams,
  selected: ReadonlySet<string>,
  now: Date,
): KeysList {
  const { byId: gatewaysById } = useGateways()
  const rows = useMemo(
    () =>
      keys.map((key) =>
        toRow(key, { now, soonWindowDays: view.within, gateway: (id) => gatewaysById.get(id) ?? null }),
      ),
    [keys, now, gatewaysById, view.within],
  )
  const soonCount = useMemo(() => rows.reduce((n, row) => (row.soon ? n + 1 : n), 0), [rows])
  const selectedRows = useMemo(() => rows.filter((row) => selected.has(row.key.id)), [rows, selected])
  const sorted = useMemo(() => sortRows(rows, view.sort, view.dir), [rows, view.sort, view.dir])
  const { q, status, type, network, defaultOnly } = view
  const filtered = useMemo(
    () => filterRows(sorted, { q, status, type, network, defaultOnly }),
    [sorted, q, status, type, network, defaultOnly],
  )
  const page = paginate(filtered, view.page, view.pageSize)
  const networks = useMemo(() => networksOf(keys), [keys])
  return { rows, filtered, page, selectedRows, soonCount, networks }
}
