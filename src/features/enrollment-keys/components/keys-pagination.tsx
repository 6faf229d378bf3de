import { useId } from 'react'
import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { rangeLabel } from '../lib/format'
import { PAGE_SIZES, type PageSize } from '../lib/list-view'

export type KeysPaginationProps = {
  page: number
  pageCount: number
  from: number
  to: number
  total: number
  pageSize: PageSize
  onPageChange: (page: number) => void
  onPageSizeChange: (size: PageSize) => void
}

/** "1–25 of 312 keys", rows per page, previous/next. */
export function KeysPagination({
  page,
  pageCount,
  from,
  to,
  total,
  pageSize,
  onPageChange,
  onPageSizeChange,
}: KeysPaginationProps) {
  const id = useId()
  return (
    <nav aria-label="Pagination" className="flex flex-col gap-3 text-sm sm:flex-row sm:items-center sm:justify-between">
      <p className="text-muted-foreground tabular-nums" aria-live="polite">
        {rangeLabel(from, to, total)}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <div className="flex items-center gap-2">
          <label htmlFor={`${id}-size`} className="text-muted-foreground">
            Rows per page
          </label>
          <select
            id={`${id}-size`}
            className="border-input bg-card h-8 rounded-md border px-2 text-sm shadow-xs"
            value={pageSize}
            onChange={(e) => onPageSizeChange(Number(e.target.value) as PageSize)}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
        <span className="text-muted-foreground tabular-nums">
          Page {page} of {pageCount}
        </span>
        <div className="flex items-center gap-1">
          <Button
            variant="outline"
            size="icon-sm"
            aria-label="Previous page"
            disabled={page <= 1}
            onClick={() => onPageChange(page - 1)}
          >
            <Icon>
              <path d="m15 18-6-6 6-6" />
            </Icon>
          </Button>
          <Button
            variant="outline"
            size="icon-sm"
            aria-label="Next page"
            disabled={page >= pageCount}
            onClick={() => onPageChange(page + 1)}
          >
            <Icon>
              <path d="m9 18 6-6-6-6" />
            </Icon>
          </Button>
        </div>
      </div>
    </nav>
  )
}
