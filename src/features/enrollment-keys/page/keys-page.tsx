import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import { LazyBoundary } from '@/components/load-error'
import { lazyWithRetry } from '@/lib/lazy-with-retry'

import { useDetailsLinkSync } from '../hooks/use-details-link-sync'
import { useKeysList } from '../hooks/use-keys-list'
import { useKeysSearch } from '../hooks/use-keys-search'
import { useKeysViewParams } from '../hooks/use-keys-view-params'
import { useNow } from '../hooks/use-now'
import { hasCreateDraft } from '../lib/create-draft-flag'
import { hasActiveFilters } from '../lib/list-view'
import { loadKeyActionsMenu } from '../list/load-key-actions-menu'
import { useKeysPageActions, useKeysPageState } from '../state/keys-page-context'
import { KeysPageStateProvider } from '../state/keys-page-state-provider'
import { useDetailsKey } from '../state/use-details-key'
import { KeysListPanel } from './keys-list-panel'
import { KeysPageHeader } from './keys-page-header'

// The dialogs' host (and through it each dialog) loads when a dialog first opens; it is warmed up once the
// rows are in.
const KeyDialogHost = lazyWithRetry(() => import('./key-dialog-host').then((m) => m.KeyDialogHost))
// The notice of unreadable keys (rare) loads only when there are some.
const UnreadableKeysNotice = lazyWithRetry(() =>
  import('../list/unreadable-keys-notice').then((m) => m.UnreadableKeysNotice),
)

/**
 * The Keys page: every enrollment key, searchable, filterable, sortable, paged; details and actions.
 * Its interaction state (dialogs, selection, details) has one owner, KeysPageStateProvider; the list's
 * view (search, filters, sort, page) lives in the URL.
 */
export function KeysPage() {
  // Create key was open with something typed in it when the session ended: it opens again with that.
  const [restoreDraft] = useState(hasCreateDraft)
  return (
    <KeysPageStateProvider restoreDraft={restoreDraft}>
      <KeysPageView />
    </KeysPageStateProvider>
  )
}

function KeysPageView() {
  const hasUnreadable = (useQuery(enrollmentKeyQueries.unreadable()).data?.length ?? 0) > 0
  const query = useQuery(enrollmentKeyQueries.list())
  const keys = query.data
  const [urlView, setView] = useKeysViewParams()
  const search = useKeysSearch(urlView, setView, keys)
  const { view } = search
  const now = useNow()
  const { selected, details, dialog } = useKeysPageState()
  const { dispatch } = useKeysPageActions()
  const list = useKeysList(keys ?? NO_KEYS, view, selected, now)
  useDetailsLinkSync(keys, useDetailsKey(details).key?.name ?? null, dispatch, setView)

  useEffect(() => {
    // Warm the actions menu and the dialogs' host up once the first rows are in.
    if (!keys) return
    void loadKeyActionsMenu()
    KeyDialogHost.preload()
  }, [keys])

  return (
    <>
      <section aria-labelledby="keys-heading" className="flex flex-col gap-6">
        <KeysPageHeader
          loading={query.isPending}
          refreshing={query.isFetching && !query.isPending}
          onRefresh={() => void query.refetch()}
          canExport={!!keys && keys.length > 0}
        />
        {hasUnreadable ? (
          <LazyBoundary>
            <UnreadableKeysNotice />
          </LazyBoundary>
        ) : null}
        <KeysListPanel query={query} list={list} search={search} setView={setView} selected={selected} now={now} />
      </section>
      {details || dialog ? (
        <LazyBoundary>
          <KeyDialogHost
            viewRows={list.filtered}
            selectedRows={list.selectedRows}
            filtered={hasActiveFilters(view)}
            soonWindowDays={view.within}
          />
        </LazyBoundary>
      ) : null}
    </>
  )
}

const NO_KEYS: readonly never[] = []
