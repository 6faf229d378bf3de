import { memo } from 'react'

import { isDeletable } from '@/api/enrollment-keys/rules'
import { Badge } from '@/components/ui/badge'
import { cn } from '@/lib/utils'
import { showInvisibleCharacters } from '@/lib/visible-text'

import { useFreshCopy } from '../hooks/use-fresh-copy'
import { usageLabel } from '../lib/format'
import { keyStatusReason } from '../lib/key-status'
import type { KeyRow as KeyRowData } from '../lib/list-view'
import { CompactList } from './compact-list'
import { KeyActionsButton } from './key-actions-button'
import { KeyExpiry } from './key-expiry'
import { KeyGateway } from './key-gateway'
import { KeyNameButton } from './key-name-button'
import { KeySelectBox } from './key-select-box'
import { KeyStatusBadge } from './key-status-badge'
import { MaskedToken } from './masked-token'

export type KeyRowProps = {
  row: KeyRowData
  now: Date
  selected: boolean
  /** Show the row's checkbox (bulk delete); a default key never has one. */
  selectable: boolean
}

/** One key in the table. Memoised: typing in search re-renders only rows that change. */
export const KeyRow = memo(function KeyRow({ row, now, selected, selectable }: KeyRowProps) {
  const { key, status } = row
  const freshCopy = useFreshCopy(key)
  const usage = usageLabel(key)
  return (
    <tr
      data-key-row=""
      data-selected={selected}
      className={cn('border-b transition-colors last:border-b-0', selected ? 'bg-primary/5' : 'hover:bg-muted/50')}
    >
      <td className={cn('py-3 align-middle', selectable ? 'w-10 pr-1 pl-4' : 'w-4 p-0')}>
        {!isDeletable(key) || !selectable ? null : <KeySelectBox keyItem={key} selected={selected} />}
      </td>
      <td className="px-2 py-3 align-middle">
        <div className="flex min-w-0 items-center gap-2">
          {/* A long name is cut short here; the whole of it shows on hover and in the details. */}
          <KeyNameButton
            keyItem={key}
            className="max-w-56 font-medium"
            title={key.name ? showInvisibleCharacters(key.name) : undefined}
          >
            {showInvisibleCharacters(key.name) || '(no name)'}
          </KeyNameButton>
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
        <KeyExpiry keyItem={key} now={now} />
      </td>
      <td className="px-2 py-3 align-middle">
        <CompactList items={key.networks} noun="networks" />
      </td>
      <td className="px-2 py-3 align-middle text-sm">
        <KeyGateway row={row} />
      </td>
      <td className="px-2 py-3 align-middle">
        <CompactList items={row.tagNames} noun="tags" variant="secondary" />
      </td>
      <td className="px-2 py-3 align-middle">
        <MaskedToken token={key.token} keyName={key.name} resolveValue={() => freshCopy((k) => k.token)} />
      </td>
      <td className="py-3 pr-4 pl-1 text-right align-middle">
        <KeyActionsButton keyItem={key} />
      </td>
    </tr>
  )
})
