import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { cn } from '@/lib/utils'

import { useCanChangeKeys } from '../hooks/use-can-change-keys'
import { useKeysPageActions } from '../state/keys-page-context'

export type KeysPageHeaderProps = {
  /** The first load is still running (nothing to refresh yet). */
  loading: boolean
  /** A background refresh is running. */
  refreshing: boolean
  onRefresh: () => void
  /** There are keys to export. */
  canExport: boolean
}

/** The page's title, what keys are for, and its buttons: Refresh, Check a token, Export, Create key. */
export function KeysPageHeader({ loading, refreshing, onRefresh, canExport }: KeysPageHeaderProps) {
  const can = useCanChangeKeys()
  const { openCheckToken, openExport, openCreate } = useKeysPageActions()
  return (
    <header className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="flex flex-col gap-1">
        <h1 id="keys-heading" className="text-2xl font-semibold tracking-tight">
          Keys
        </h1>
        <p className="text-muted-foreground max-w-2xl text-sm">
          Enrollment keys let devices join your networks: run <code className="font-mono text-xs">netclient join</code>{' '}
          with a key&apos;s token on a device and it connects to the key&apos;s networks.
        </p>
        {can.allowed ? null : <p className="text-muted-foreground text-sm">{can.reason}</p>}
      </div>
      <div className="flex flex-wrap items-center gap-2 sm:justify-end">
        <span className="sr-only" role="status">
          {refreshing ? 'Refreshing keys…' : ''}
        </span>
        <Button variant="outline" onClick={onRefresh} disabled={loading} aria-busy={refreshing}>
          <Icon className={cn(refreshing && 'animate-spin')}>
            <path d="M21 12a9 9 0 1 1-2.64-6.36L21 8" />
            <path d="M21 3v5h-5" />
          </Icon>
          Refresh
        </Button>
        <Button variant="outline" onClick={openCheckToken}>
          <Icon>
            <path d="M9 12l2 2 4-4" />
            <path d="M12 3l7 3v6c0 4.5-3 7.5-7 9-4-1.5-7-4.5-7-9V6z" />
          </Icon>
          Check a token
        </Button>
        <Button variant="outline" onClick={openExport} disabled={!canExport}>
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
  )
}
