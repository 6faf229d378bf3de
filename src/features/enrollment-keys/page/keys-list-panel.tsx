import type { UseQueryResult } from '@tanstack/react-query'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { LazyBoundary } from '@/components/load-error'
import { QueryError } from '@/components/query-error'
import { lazyWithRetry } from '@/lib/lazy-with-retry'
import { useMediaQuery } from '@/lib/use-media-query'

import { useCanChangeKeys } from '../hooks/use-can-change-keys'
import type { KeysList } from '../hooks/use-keys-list'
import type { KeysSearch } from '../hooks/use-keys-search'
import type { SetViewParams } from '../hooks/use-keys-view-params'
import { hasActiveFilters } from '../lib/list-view'
import { KeysNoMatches } from '../list/keys-no-matches'
import { KeysTable, type KeysTableProps } from '../list/keys-table'
import { KeysTableSkeleton } from '../list/keys-table-skeleton'
import { KeysToolbar } from '../list/keys-toolbar'
import { useKeysPageActions } from '../state/keys-page-context'

// Parts the first screen of a wide, non-empty list does not show load on demand (the bundle budget).
const FilterChips = lazyWithRetry(() => import('../list/filter-chips').then((m) => m.FilterChips))
const ExpiringSoonSummary = lazyWithRetry(() =>
  import('../list/expiring-soon-summary').then((m) => m.ExpiringSoonSummary),
)
const KeysPagination = lazyWithRetry(() => import('../list/keys-pagination').then((m) => m.KeysPagination))
const KeyCardList = lazyWithRetry(() => import('../list/key-card-list').then((m) => m.KeyCardList))
const KeysEmptyState = lazyWithRetry(() => import('../list/keys-empty-state').then((m) => m.KeysEmptyState))
const BulkActionsBar = lazyWithRetry(() => import('../list/bulk-actions-bar').then((m) => m.BulkActionsBar))

/** From this width up the keys are a table; below it, one card per key. */
const TABLE_MEDIA = '(min-width: 80rem)'

export type KeysListPanelProps = {
  query: UseQueryResult<EnrollmentKey[]>
  list: KeysList
  search: KeysSearch
  /** Sets the URL's view directly (changes that do not touch the search box). */
  setView: SetViewParams
  selected: ReadonlySet<string>
  now: Date
}

/**
 * Everything under the page's header: the loading skeleton, a load error, the empty state, or the list
 * with its summary, toolbar, filter chips, selection bar, rows (a table, or cards on narrow screens) and paging.
 */
export function KeysListPanel({ query, list, search: searchState, setView, selected, now }: KeysListPanelProps) {
  const can = useCanChangeKeys()
  const { openCreate } = useKeysPageActions()
  const wide = useMediaQuery(TABLE_MEDIA, true)
  const { search, setSearch, view, updateView, secretSearch } = searchState
  const keys = query.data
  const { page } = list

  if (query.isPending) return <KeysTableSkeleton />
  const retry = () => void query.refetch()
  if (query.isError && !keys) {
    return (
      <QueryError
        title="Couldn't load enrollment keys"
        error={query.error}
        onRetry={retry}
        retrying={query.isFetching}
      />
    )
  }
  if (!keys || keys.length === 0) {
    return (
      <LazyBoundary loading={<KeysTableSkeleton />}>
        <KeysEmptyState onCreate={openCreate} readOnlyReason={can.reason} />
      </LazyBoundary>
    )
  }

  const layoutProps: KeysTableProps = {
    rows: page.items,
    now,
    selectedIds: selected,
    sort: view.sort,
    dir: view.dir,
    onSort: (field) => setView({ sort: field, dir: view.sort === field && view.dir === 'asc' ? 'desc' : 'asc' }),
    refreshing: query.isFetching,
    selectable: can.allowed,
  }
  return (
    <div className="flex flex-col gap-4">
      <LazyBoundary>
        <ExpiringSoonSummary
          count={list.soonCount}
          windowDays={view.within}
          onWindowChange={(within) => setView({ within })}
          onReview={() => setView({ status: 'expiring-soon', sort: 'stops', dir: 'asc' })}
          reviewing={view.status === 'expiring-soon'}
          sortedByStops={view.sort === 'stops'}
          onSortByStopsChange={(on) => setView({ sort: on ? 'stops' : 'name', dir: 'asc' })}
        />
      </LazyBoundary>
      <KeysToolbar
        view={view}
        setView={updateView}
        networks={list.networks}
        search={search}
        onSearchChange={setSearch}
      />
      {hasActiveFilters(view) ? (
        <LazyBoundary>
          <FilterChips view={view} setView={updateView} />
        </LazyBoundary>
      ) : null}
      {secretSearch ? (
        <p role="status" className="text-muted-foreground text-sm">
          This search looks like a token or a key&apos;s value: it is searched here but kept out of the address bar and
          the browser history.
        </p>
      ) : null}
      {query.isError ? (
        <QueryError
          title="Couldn't refresh enrollment keys; showing the last list loaded"
          error={query.error}
          onRetry={retry}
          retrying={query.isFetching}
        />
      ) : null}
      {can.allowed ? (
        <LazyBoundary>
          <BulkActionsBar keys={keys} selectedIds={selected} />
        </LazyBoundary>
      ) : null}
      {page.total === 0 ? (
        <KeysNoMatches
          search={view.q.trim()}
          onClearFilters={() => updateView({ q: '', status: null, type: null, network: null, defaultOnly: false })}
        />
      ) : (
        <>
          {wide ? (
            <KeysTable {...layoutProps} />
          ) : (
            <LazyBoundary loading={<KeysTableSkeleton />}>
              <KeyCardList {...layoutProps} />
            </LazyBoundary>
          )}
          {/* The range and paging controls arrive a moment after the rows (the first screen's bundle). */}
          <LazyBoundary loading={<p className="text-muted-foreground h-9 text-sm" aria-hidden="true" />}>
            <KeysPagination
              page={page.page}
              pageCount={page.pageCount}
              from={page.from}
              to={page.to}
              total={page.total}
              pageSize={view.pageSize}
              onPageChange={(p) => setView({ page: p })}
              onPageSizeChange={(size) => setView({ pageSize: size })}
            />
          </LazyBoundary>
        </>
      )}
    </div>
  )
}
