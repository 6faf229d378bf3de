import { lazy, memo, Suspense } from 'react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/utils'
import { formatDateTime, formatRelative, usageLabel } from '../lib/format'
import { keyStatusReason } from '../lib/key-status'
import type { KeyRow as KeyRowData } from '../lib/list-view'
import { CompactList } from './compact-list'
import { KeyStatusBadge } from './key-status-badge'
import { MaskedToken } from './masked-token'

/** The actions menu pulls in Radix DropdownMenu: load it after the first screen. */
export const loadKeyActionsMenu = () => import('./key-actions-menu')
const KeyActionsMenu = lazy(() => loadKeyActionsMenu().then((m) => ({ default: m.KeyActionsMenu })))

export type KeyRowProps = {
  row: KeyRowData
  now: Date
  selected: boolean
  onSelectedChange: (id: string, selected: boolean) => void
  onViewDetails: (id: string) => void
}

function MoreIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
      <circle cx="5" cy="12" r="1.75" />
      <circle cx="12" cy="12" r="1.75" />
      <circle cx="19" cy="12" r="1.75" />
    </svg>
  )
}

/** One key in the table. Memoised: typing in search re-renders only rows that change. */
export const KeyRow = memo(function KeyRow({ row, now, selected, onSelectedChange, onViewDetails }: KeyRowProps) {
  const { key, status } = row
  const usage = usageLabel(key)
  const gateway = row.gateway
  return (
    <tr className={cn('border-b transition-colors last:border-b-0', selected ? 'bg-primary/5' : 'hover:bg-muted/50')}>
      <td className="w-10 py-3 pr-1 pl-4 align-middle">
        {key.isDefault ? null : (
          <input
            type="checkbox"
            className="accent-primary block size-4 cursor-pointer rounded"
            aria-label={`Select ${key.name}`}
            checked={selected}
            onChange={(e) => onSelectedChange(key.id, e.target.checked)}
          />
        )}
      </td>
      <td className="px-2 py-3 align-middle">
        <div className="flex min-w-0 items-center gap-2">
          <button
            type="button"
            className="text-foreground max-w-56 truncate rounded-sm text-left font-medium hover:underline hover:underline-offset-4"
            // A long name is cut short here; the whole of it shows on hover and in the details.
            title={key.name || undefined}
            onClick={() => onViewDetails(key.id)}
          >
            {key.name || '(no name)'}
          </button>
          {key.isDefault ? <Badge variant="default">Default</Badge> : null}
        </div>
      </td>
      <td className="px-2 py-3 align-middle">
        <KeyStatusBadge info={{ ...status, reason: keyStatusReason(key, now) }} />
      </td>
      <td className="px-2 py-3 align-middle text-sm whitespace-nowrap">
        {key.type === 'time-bound' ? <span className="tabular-nums">{usage}</span> : usage}
      </td>
      <td className="px-2 py-3 align-middle text-sm whitespace-nowrap">
        {key.expiresAt ? (
          <time
            dateTime={key.expiresAt.toISOString()}
            title={formatDateTime(key.expiresAt)}
            className={key.expiresAt.getTime() <= now.getTime() ? 'text-muted-foreground' : undefined}
          >
            {formatRelative(key.expiresAt, now)}
          </time>
        ) : (
          <span className="text-muted-foreground">Never</span>
        )}
      </td>
      <td className="px-2 py-3 align-middle">
        <CompactList items={key.networks} noun="networks" />
      </td>
      <td className="px-2 py-3 align-middle text-sm">
        {gateway ? (
          <span className="flex flex-col leading-tight whitespace-nowrap">
            <span>{gateway.hostName}</span> <span className="text-muted-foreground text-xs">({gateway.network})</span>
          </span>
        ) : key.autoAssignGateway ? (
          <span className="text-muted-foreground whitespace-nowrap">Auto-select</span>
        ) : key.gatewayId ? (
          <span className="text-muted-foreground font-mono text-xs">{key.gatewayId.slice(0, 8)}…</span>
        ) : (
          <span className="text-muted-foreground" aria-label="No gateway">
            —
          </span>
        )}
      </td>
      <td className="px-2 py-3 align-middle">
        <CompactList items={row.tagNames} noun="tags" variant="secondary" />
      </td>
      <td className="px-2 py-3 align-middle">
        <MaskedToken token={key.token} keyName={key.name} />
      </td>
      <td className="py-3 pr-4 pl-1 text-right align-middle">
        <Suspense
          fallback={
            <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${key.name}`} aria-haspopup="menu" disabled>
              <MoreIcon />
            </Button>
          }
        >
          <KeyActionsMenu keyItem={key} onViewDetails={() => onViewDetails(key.id)} />
        </Suspense>
      </td>
    </tr>
  )
})
