import type { ReactNode } from 'react'

import { Icon } from '@/components/ui/icon'
import { cn } from '@/lib/utils'

import type { SortDir, SortField } from '../lib/list-view'

export type SortableHeaderProps = {
  field: SortField
  children: ReactNode
  sort: SortField
  dir: SortDir
  onSort: (field: SortField) => void
  className?: string
}

/** A column header that sorts by its column; aria-sort tells which way. */
export function SortableHeader({ field, children, sort, dir, onSort, className }: SortableHeaderProps) {
  const active = sort === field
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={cn('px-2 py-2 text-left', className)}
    >
      <button
        type="button"
        onClick={() => onSort(field)}
        className={cn(
          'hover:text-foreground -mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 text-xs font-medium tracking-wide uppercase',
          active ? 'text-foreground' : 'text-muted-foreground',
        )}
      >
        {children}
        <Icon className={cn('size-3.5', active ? 'opacity-100' : 'opacity-40')}>
          {active ? (
            dir === 'asc' ? (
              <path d="m6 15 6-6 6 6" />
            ) : (
              <path d="m6 9 6 6 6-6" />
            )
          ) : (
            <path d="m7 9 5-5 5 5M7 15l5 5 5-5" />
          )}
        </Icon>
      </button>
    </th>
  )
}
