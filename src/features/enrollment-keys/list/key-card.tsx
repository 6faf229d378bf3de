import { memo, type ReactNode, useId } from 'react'

import { isDeletable } from '@/api/enrollment-keys/rules'
import { Badge } from '@/components/ui/badge'
import { cn } from '@/lib/utils'

import { useFreshCopy } from '../hooks/use-fresh-copy'
import { usageLabel } from '../lib/format'
import { keyStatusReason } from '../lib/key-status'
import type { KeyRow } from '../lib/list-view'
import { CompactList } from './compact-list'
import { KeyActionsButton } from './key-actions-button'
import { KeyExpiry } from './key-expiry'
import { KeyGateway } from './key-gateway'
import { KeyNameButton } from './key-name-button'
import { KeySelectBox } from './key-select-box'
import { KeyStatusBadge } from './key-status-badge'
import { MaskedToken } from './masked-token'

export type KeyCardProps = {
  row: KeyRow
  now: Date
  selected: boolean
  /** Show the card's checkbox (bulk delete); a default key never has one. */
  selectable: boolean
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <dt className="text-muted-foreground text-xs">{label}</dt>
      <dd className="min-w-0 text-sm">{children}</dd>
    </div>
  )
}

/**
 * One key on a narrow screen: name, status and actions on top, the facts below, and the token (with
 * reveal and copy) at the bottom, all inside the key's own card so a token is never shown apart from
 * its name. Memoised like the table's rows.
 */
export const KeyCard = memo(function KeyCard({ row, now, selected, selectable }: KeyCardProps) {
  const { key, status } = row
  // As in the table: a copy first checks that the token is still the key's (it may have changed elsewhere).
  const freshCopy = useFreshCopy(key)
  const id = useId()
  return (
    <li
      data-key-row=""
      data-selected={selected}
      aria-labelledby={`${id}-name`}
      className={cn(
        'bg-card flex min-w-0 flex-col gap-3 rounded-xl border p-4 shadow-xs transition-colors',
        selected && 'border-primary/40 bg-primary/5',
      )}
    >
      <div className="flex items-start gap-3">
        {selectable && isDeletable(key) ? (
          <KeySelectBox keyItem={key} selected={selected} className="mt-1 shrink-0" />
        ) : null}
        <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2 gap-y-1">
          <h2 id={`${id}-name`} className="min-w-0 text-base font-medium">
            <KeyNameButton keyItem={key} className="max-w-full">
              {key.name || '(no name)'}
            </KeyNameButton>
          </h2>
          {key.isDefault ? <Badge variant="default">Default</Badge> : null}
          <KeyStatusBadge info={{ ...status, reason: keyStatusReason(key, now) }} />
        </div>
        <div className="-mt-1 -mr-2 shrink-0">
          <KeyActionsButton keyItem={key} />
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3">
        <Fact label="Type / usage">
          <span className={key.type === 'time-bound' ? 'tabular-nums' : undefined}>{usageLabel(key)}</span>
        </Fact>
        <Fact label="Expires">
          <KeyExpiry keyItem={key} now={now} />
        </Fact>
        <Fact label="Networks">
          <CompactList items={key.networks} noun="networks" />
        </Fact>
        <Fact label="Gateway">
          <KeyGateway row={row} />
        </Fact>
        <Fact label="Tags">
          <CompactList items={row.tagNames} noun="tags" variant="secondary" />
        </Fact>
      </dl>
      <div className="flex min-w-0 items-center gap-2 border-t pt-3">
        <span className="text-muted-foreground shrink-0 text-xs">Token</span>
        <MaskedToken
          token={key.token}
          keyName={key.name}
          wrap
          className="min-w-0 flex-1 justify-end"
          resolveValue={() => freshCopy((k) => k.token)}
        />
      </div>
    </li>
  )
})
