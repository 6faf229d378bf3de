import { useMutationState, useQuery } from '@tanstack/react-query'
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { enrollmentKeyMutationKeys, enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import { looksLikeSecret } from '@/api/enrollment-keys/secret-search'
import { LazyBoundary } from '@/components/load-error'
import { QueryError } from '@/components/query-error'
import { lazyWithRetry } from '@/lib/lazy-with-retry'
import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { useMediaQuery } from '@/lib/use-media-query'
import { toast } from '@/lib/toast'
import { cn } from '@/lib/utils'
import { filterRows, hasActiveFilters, networksOf, paginate, sortRows, toRow } from '../lib/list-view'
import { captureFocusReturn, type FocusReturn } from '../lib/focus-return'
import { useCanChangeKeys } from '../lib/use-can-change-keys'
import { useDetailsLink } from '../lib/use-details-link'
import { hasCreateDraft } from '../lib/create-draft-flag'
import { useGateways } from '../lib/use-gateways'
import { useKeysViewParams, type SetViewParams } from '../lib/use-keys-view-params'
import { useNow } from '../lib/use-now'
import { KeyActionsProvider } from './key-actions-provider'
import { loadKeyActionsMenu } from './key-actions-button'
import { KeysTable, type KeysTableProps } from './keys-table'
import { KeysTableSkeleton } from './keys-table-skeleton'
import { KeysToolbar } from './keys-toolbar'

// Parts the first screen of a wide, non-empty list does not show load on demand (the bundle budget).
const FilterChips = lazyWithRetry(() => import('./filter-chips').then((m) => m.FilterChips))
const ExpiringSoonSummary = lazyWithRetry(() => import('./expiring-soon-summary').then((m) => m.ExpiringSoonSummary))
const UnreadableKeysNotice = lazyWithRetry(() => import('./unreadable-keys-notice').then((m) => m.UnreadableKeysNotice))
const KeysPagination = lazyWithRetry(() => import('./keys-pagination').then((m) => m.KeysPagination))
const KeyCardList = lazyWithRetry(() => import('./key-card-list').then((m) => m.KeyCardList))
const KeysEmptyState = lazyWithRetry(() => import('./keys-empty-state').then((m) => m.KeysEmptyState))
const BulkActionsBar = lazyWithRetry(() => import('./bulk-actions-bar').then((m) => m.BulkActionsBar))
const KeyDetailsDialog = lazyWithRetry(() => import('./key-details-dialog').then((m) => m.KeyDetailsDialog))
const CreateKeyDialog = lazyWithRetry(() => import('./create-key-dialog').then((m) => m.CreateKeyDialog))
const ExportKeysDialog = lazyWithRetry(() => import('./export-keys-dialog').then((m) => m.ExportKeysDialog))
const CheckTokenDialog = lazyWithRetry(() => import('./check-token-dialog').then((m) => m.CheckTokenDialog))

/** The page's own dialogs (the key actions' dialogs live in KeyActionsProvider). */
type PageDialog = 'export' | 'check-token' | null

/** From this width up the keys are a table; below it, one card per key. */
const TABLE_MEDIA = '(min-width: 80rem)'
/** The search goes into the URL (replacing the entry) once typing pauses this long. */
const SEARCH_DEBOUNCE_MS = 150

/**
 * The key the details view shows, by id (the view reads it from the list, so it is always fresh).
 * After a regenerate the id changes before the list has the new key: until newer data arrives
 * (`after`), the view keeps showing `fallback` instead of closing.
 */
type DetailsTarget = { id: string; fallback: EnrollmentKey | null; after: number }

/** A delete mutation's variables: the key being deleted. */
function isKeyWithId(value: unknown, id: string): value is EnrollmentKey {
  return typeof value === 'object' && value !== null && 'id' in value && value.id === id
}

/** The Keys page: every enrollment key, searchable, filterable, sortable, paged; details and actions. */
export function KeysPage() {
  // The notice of unreadable keys (rare) loads only when there are some.
  const hasUnreadable = (useQuery(enrollmentKeyQueries.unreadable()).data?.length ?? 0) > 0
  const query = useQuery(enrollmentKeyQueries.list())
  const { byId: gatewaysById } = useGateways()
  const can = useCanChangeKeys()
  const wide = useMediaQuery(TABLE_MEDIA, true)
  const [urlView, setView] = useKeysViewParams()

  // Search: the list follows the box at once (deferred, so typing stays fluid); the URL follows it
  // once typing pauses. A URL change from elsewhere (Back/Forward, Clear filters) resets the box.
  const [search, setSearch] = useState(urlView.q)
  const [seenUrlQ, setSeenUrlQ] = useState(urlView.q)
  if (urlView.q !== seenUrlQ) {
    setSeenUrlQ(urlView.q)
    setSearch(urlView.q)
  }
  // A token or key value pasted into search is searched, but never written to the URL (history, next=,
  // Referer): the URL gets no search at all then.
  const secretSearch = looksLikeSecret(search, query.data ?? [])
  useEffect(() => {
    const q = secretSearch ? '' : search
    if (q === urlView.q) return
    const timer = setTimeout(() => {
      setSeenUrlQ(q)
      setView({ q }, { replace: true })
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [search, secretSearch, urlView.q, setView])
  // Changes that set the search (Clear filters, removing the search chip) set the box, too.
  const updateView = useCallback<SetViewParams>(
    (changes, options) => {
      if (changes.q !== undefined) setSearch(changes.q)
      setView(changes, options)
    },
    [setView],
  )
  const deferredSearch = useDeferredValue(search)
  const view = useMemo(
    () =>
      deferredSearch === urlView.q ? urlView : { ...urlView, q: deferredSearch, page: secretSearch ? urlView.page : 1 },
    [urlView, deferredSearch, secretSearch],
  )
  const now = useNow()
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [details, setDetails] = useState<DetailsTarget | null>(null)
  // Create key was open with something typed in it when the session ended: it opens again with that.
  const [restoreDraft] = useState(hasCreateDraft)
  const [createOpen, setCreateOpen] = useState(restoreDraft)
  const [createMounted, setCreateMounted] = useState(restoreDraft)
  const [pageDialog, setPageDialog] = useState<PageDialog>(null)

  const keys = query.data
  const allKeys = useMemo(() => keys ?? [], [keys])

  // Derived once per data change (or per minute): statuses, labels and lowercase search haystacks.
  const rows = useMemo(
    () =>
      allKeys.map((key) =>
        toRow(key, { now, soonWindowDays: urlView.within, gateway: (id) => gatewaysById.get(id) ?? null }),
      ),
    [allKeys, now, gatewaysById, urlView.within],
  )
  const soonCount = useMemo(() => rows.reduce((n, row) => (row.soon ? n + 1 : n), 0), [rows])
  const selectedRows = useMemo(() => rows.filter((row) => selected.has(row.key.id)), [rows, selected])
  const sorted = useMemo(() => sortRows(rows, view.sort, view.dir), [rows, view.sort, view.dir])
  const filtered = useMemo(
    () =>
      filterRows(sorted, {
        q: view.q,
        status: view.status,
        type: view.type,
        network: view.network,
        defaultOnly: view.defaultOnly,
      }),
    [sorted, view.q, view.status, view.type, view.network, view.defaultOnly],
  )
  const page = paginate(filtered, view.page, view.pageSize)
  const networks = useMemo(() => networksOf(allKeys), [allKeys])

  // A key being deleted leaves the list at once (optimistically); the details keep showing it until the
  // server answers, so a refusal (the key comes back) leaves them open. Success closes them.
  const keysBeingDeleted = useMutationState({
    filters: { mutationKey: enrollmentKeyMutationKeys.delete(), status: 'pending' },
    select: (mutation) => mutation.state.variables,
  })
  const detailsKey = details
    ? (allKeys.find((k) => k.id === details.id) ??
      keysBeingDeleted.find((v): v is EnrollmentKey => isKeyWithId(v, details.id)) ??
      (query.dataUpdatedAt <= details.after ? (details.fallback ?? undefined) : undefined))
    : undefined
  // The key shown in details is gone (deleted, here or elsewhere): close.
  if (details && keys && !detailsKey) setDetails(null)

  // The details have a link of their own: `?key=<name>` (a name, never the key's value or token). A link
  // opens the details once the list is loaded; after that the URL follows whichever key's details are open.
  const [linkedName, setLinkedName] = useDetailsLink()
  const [link, setLink] = useState<{ name: string; found: 'pending' | 'none' | 'several' } | null>(() =>
    linkedName ? { name: linkedName, found: 'pending' } : null,
  )
  if (link?.found === 'pending' && keys) {
    const matches = keys.filter((k) => k.name === link.name)
    const [only] = matches
    if (only && matches.length === 1) {
      setLink(null)
      setDetails({ id: only.id, fallback: null, after: 0 })
    } else {
      setLink({ name: link.name, found: matches.length > 1 ? 'several' : 'none' })
    }
  }
  const linkPending = link?.found === 'pending'
  // A link that matched no key says so once; one that matched several shows those keys.
  const linkReported = useRef(false)
  useEffect(() => {
    if (!link || link.found === 'pending' || linkReported.current) return
    linkReported.current = true
    if (link.found === 'several') setView({ q: link.name }, { replace: true })
    else toast.error(`No key named “${link.name}” on this server`, 'It may have been deleted or renamed.')
  }, [link, setView])
  const detailsName = detailsKey ? detailsKey.name : null
  useEffect(() => {
    if (!linkPending && detailsName !== linkedName) setLinkedName(detailsName)
  }, [linkPending, detailsName, linkedName, setLinkedName])

  // The latest list, for callbacks that run after a mutation (not during render).
  const latest = useRef({ keys: allKeys, dataUpdatedAt: query.dataUpdatedAt })
  useEffect(() => {
    latest.current = { keys: allKeys, dataUpdatedAt: query.dataUpdatedAt }
  })

  useEffect(() => {
    // Warm the actions menu chunk once the first rows are up.
    if (keys) void loadKeyActionsMenu()
  }, [keys])

  const onSelectedChange = useCallback((id: string, isSelected: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev)
      if (isSelected) next.add(id)
      else next.delete(id)
      return next
    })
  }, [])

  const pageIds = page.items.filter((r) => !r.key.isDefault).map((r) => r.key.id)
  const onSelectPage = (isSelected: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev)
      for (const id of pageIds) {
        if (isSelected) next.add(id)
        else next.delete(id)
      }
      return next
    })
  }

  // Where focus goes back to when the details or the create dialog close.
  const detailsReturn = useRef<FocusReturn | null>(null)
  const createReturn = useRef<FocusReturn | null>(null)
  const restoreDetailsFocus = useCallback((event: Event) => {
    if (detailsReturn.current?.restore()) event.preventDefault()
    detailsReturn.current = null
  }, [])
  const restoreCreateFocus = useCallback((event: Event) => {
    if (createReturn.current?.restore()) event.preventDefault()
    createReturn.current = null
  }, [])

  const onViewDetails = useCallback((id: string) => {
    detailsReturn.current = captureFocusReturn()
    setDetails({ id, fallback: null, after: 0 })
  }, [])

  const onKeyReplaced = useCallback((oldId: string, newId: string) => {
    setDetails((current) =>
      current?.id === oldId
        ? {
            id: newId,
            fallback: latest.current.keys.find((k) => k.id === oldId) ?? current.fallback,
            after: latest.current.dataUpdatedAt,
          }
        : current,
    )
    setSelected((prev) => {
      if (!prev.has(oldId)) return prev
      const next = new Set(prev)
      next.delete(oldId)
      next.add(newId)
      return next
    })
  }, [])

  const onKeyDeleted = useCallback((id: string) => {
    setDetails((current) => (current?.id === id ? null : current))
    setSelected((prev) => {
      if (!prev.has(id)) return prev
      const next = new Set(prev)
      next.delete(id)
      return next
    })
  }, [])

  const openCreate = () => {
    createReturn.current = captureFocusReturn()
    setCreateMounted(true)
    setCreateOpen(true)
  }

  const refreshing = query.isFetching && !query.isPending
  const layoutProps: KeysTableProps = {
    rows: page.items,
    now,
    selectedIds: selected,
    onSelectedChange,
    onSelectPage,
    onViewDetails,
    sort: view.sort,
    dir: view.dir,
    onSort: (field) => setView({ sort: field, dir: view.sort === field && view.dir === 'asc' ? 'desc' : 'asc' }),
    refreshing,
    selectable: can.allowed,
  }

  let content
  if (query.isPending) {
    content = <KeysTableSkeleton />
  } else if (query.isError && !keys) {
    content = (
      <QueryError
        title="Couldn't load enrollment keys"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    )
  } else if (allKeys.length === 0) {
    content = (
      <LazyBoundary loading={<KeysTableSkeleton />}>
        <KeysEmptyState onCreate={openCreate} readOnlyReason={can.reason} />
      </LazyBoundary>
    )
  } else {
    content = (
      <div className="flex flex-col gap-4">
        <LazyBoundary>
          <ExpiringSoonSummary
            count={soonCount}
            windowDays={view.within}
            onWindowChange={(within) => setView({ within })}
            onReview={() => setView({ status: 'expiring-soon', sort: 'stops', dir: 'asc' })}
            reviewing={view.status === 'expiring-soon'}
            sortedByStops={view.sort === 'stops'}
            onSortByStopsChange={(on) => setView({ sort: on ? 'stops' : 'name', dir: 'asc' })}
          />
        </LazyBoundary>
        <KeysToolbar view={view} setView={updateView} networks={networks} search={search} onSearchChange={setSearch} />
        {hasActiveFilters(view) ? (
          <LazyBoundary>
            <FilterChips view={view} setView={updateView} />
          </LazyBoundary>
        ) : null}
        {secretSearch ? (
          <p role="status" className="text-muted-foreground text-sm">
            This search looks like a token or a key&apos;s value: it is searched here but kept out of the address bar
            and the browser history.
          </p>
        ) : null}
        {query.isError ? (
          <QueryError
            title="Couldn't refresh enrollment keys; showing the last list loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        {can.allowed ? (
          <LazyBoundary>
            <BulkActionsBar keys={allKeys} selectedIds={selected} onSelectionChange={setSelected} />
          </LazyBoundary>
        ) : null}
        {page.total === 0 ? (
          <div className="bg-card flex flex-col items-center gap-3 rounded-xl border px-6 py-12 text-center">
            <p className="font-medium">
              {view.q.trim() ? `No keys match “${view.q.trim()}”` : 'No keys match these filters'}
            </p>
            <p className="text-muted-foreground text-sm">Try another search, or clear the filters to see every key.</p>
            <Button
              variant="outline"
              size="sm"
              onClick={() => updateView({ q: '', status: null, type: null, network: null, defaultOnly: false })}
            >
              Clear filters
            </Button>
          </div>
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

  return (
    <KeyActionsProvider onKeyReplaced={onKeyReplaced} onKeyDeleted={onKeyDeleted}>
      <section aria-labelledby="keys-heading" className="flex flex-col gap-6">
        <header className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="flex flex-col gap-1">
            <h1 id="keys-heading" className="text-2xl font-semibold tracking-tight">
              Keys
            </h1>
            <p className="text-muted-foreground max-w-2xl text-sm">
              Enrollment keys let devices join your networks: run{' '}
              <code className="font-mono text-xs">netclient join</code> with a key&apos;s token on a device and it
              connects to the key&apos;s networks.
            </p>
            {can.allowed ? null : <p className="text-muted-foreground text-sm">{can.reason}</p>}
          </div>
          <div className="flex flex-wrap items-center gap-2 sm:justify-end">
            <span className="sr-only" role="status">
              {refreshing ? 'Refreshing keys…' : ''}
            </span>
            <Button
              variant="outline"
              onClick={() => void query.refetch()}
              disabled={query.isPending}
              aria-busy={refreshing}
            >
              <Icon className={cn(refreshing && 'animate-spin')}>
                <path d="M21 12a9 9 0 1 1-2.64-6.36L21 8" />
                <path d="M21 3v5h-5" />
              </Icon>
              Refresh
            </Button>
            <Button variant="outline" onClick={() => setPageDialog('check-token')}>
              <Icon>
                <path d="M9 12l2 2 4-4" />
                <path d="M12 3l7 3v6c0 4.5-3 7.5-7 9-4-1.5-7-4.5-7-9V6z" />
              </Icon>
              Check a token
            </Button>
            <Button variant="outline" onClick={() => setPageDialog('export')} disabled={!keys || allKeys.length === 0}>
              <Icon>
                <path d="M12 3v12M7 10l5 5 5-5" />
                <path d="M5 21h14" />
              </Icon>
              Export
            </Button>
            {can.allowed ? (
              <Button onClick={openCreate}>
                <Icon>
                  <path d="M12 5v14M5 12h14" />
                </Icon>
                Create key
              </Button>
            ) : null}
          </div>
        </header>
        {hasUnreadable ? (
          <LazyBoundary>
            <UnreadableKeysNotice />
          </LazyBoundary>
        ) : null}
        {content}
      </section>

      {detailsKey ? (
        <LazyBoundary onClose={() => setDetails(null)}>
          <KeyDetailsDialog
            keyItem={detailsKey}
            open
            onOpenChange={(open) => {
              if (!open) setDetails(null)
            }}
            onCloseAutoFocus={restoreDetailsFocus}
          />
        </LazyBoundary>
      ) : null}
      {pageDialog === 'export' ? (
        <LazyBoundary onClose={() => setPageDialog(null)}>
          <ExportKeysDialog
            open
            onOpenChange={(open) => (open ? undefined : setPageDialog(null))}
            viewRows={filtered}
            selectedRows={selectedRows}
            filtered={hasActiveFilters(view)}
          />
        </LazyBoundary>
      ) : null}
      {pageDialog === 'check-token' ? (
        <LazyBoundary onClose={() => setPageDialog(null)}>
          <CheckTokenDialog
            open
            onOpenChange={(open) => (open ? undefined : setPageDialog(null))}
            onOpenKey={(id) => {
              setPageDialog(null)
              onViewDetails(id)
            }}
            soonWindowDays={view.within}
          />
        </LazyBoundary>
      ) : null}
      {createMounted ? (
        <LazyBoundary onClose={() => setCreateMounted(false)}>
          <CreateKeyDialog
            open={createOpen}
            onOpenChange={setCreateOpen}
            onCloseAutoFocus={restoreCreateFocus}
            restoreDraft={restoreDraft}
          />
        </LazyBoundary>
      ) : null}
    </KeyActionsProvider>
  )
}
