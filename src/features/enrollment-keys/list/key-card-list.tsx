import { useId } from 'react'

import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { nativeSelectClass } from '@/components/ui/native-select'
import { cn } from '@/lib/utils'

import { usePageSelectAll } from '../hooks/use-page-select-all'
import { SORT_FIELDS, type SortField } from '../lib/list-view'
import { KeyCard } from './key-card'
import type { KeysTableProps } from './keys-table'

export type KeyCardListProps = KeysTableProps

const SORT_LABELS: Record<SortField, string> = {
  name: 'Name',
  status: 'Status',
  usage: 'Type / usage',
  expiry: 'Expires',
  stops: 'Stops working first',
}

/**
 * The keys of one page as cards, for screens too narrow for the table: the same selection ("Select all
 * on this page"), sorting (a field and a direction instead of column headers) and rows.
 */
export function KeyCardList({
  rows,
  now,
  selectedIds,
  sort,
  dir,
  onSort,
  refreshing = false,
  selectable: canSelect = true,
}: KeyCardListProps) {
  const id = useId()
  const [selectAllRef, selectAll] = usePageSelectAll(rows, selectedIds)

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        {canSelect ? (
          <label className="flex cursor-pointer items-center gap-2 text-sm">
            <input
              ref={selectAllRef}
              type="checkbox"
              className="accent-primary block size-4 cursor-pointer disabled:cursor-not-allowed disabled:opacity-40"
              checked={selectAll.checked}
              disabled={selectAll.disabled}
              onChange={(e) => selectAll.onChange(e.target.checked)}
            />
            Select all on this page
          </label>
        ) : (
          <span />
        )}
        <div className="flex items-center gap-2">
          <label htmlFor={`${id}-sort`} className="text-muted-foreground text-sm">
            Sort by
          </label>
          <select
            id={`${id}-sort`}
            className={nativeSelectClass('sm')}
            value={sort}
            onChange={(e) => onSort(e.target.value as SortField)}
          >
            {SORT_FIELDS.map((field) => (
              <option key={field} value={field}>
                {SORT_LABELS[field]}
              </option>
            ))}
          </select>
          <Button
            variant="outline"
            size="icon-sm"
            onClick={() => onSort(sort)}
            aria-label={dir === 'asc' ? 'Ascending; sort descending' : 'Descending; sort ascending'}
            title={dir === 'asc' ? 'Ascending' : 'Descending'}
          >
            <Icon>{dir === 'asc' ? <path d="M12 19V5M5 12l7-7 7 7" /> : <path d="M12 5v14M5 12l7 7 7-7" />}</Icon>
          </Button>
        </div>
      </div>
      <ul
        aria-label="Enrollment keys"
        aria-busy={refreshing}
        className={cn('grid gap-3 md:grid-cols-2', refreshing && 'opacity-80')}
      >
        {rows.map((row) => (
          <KeyCard key={row.key.id} row={row} now={now} selected={selectedIds.has(row.key.id)} selectable={canSelect} />
        ))}
      </ul>
    </div>
  )
}
