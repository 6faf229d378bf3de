import { useId, useState } from 'react'

import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { nativeSelectClass } from '@/components/ui/native-select'
import { formatCount } from '@/lib/format'

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

/** "1–25 of 312 keys", rows per page, a page number to go to, and first/previous/next/last. */
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
            className={nativeSelectClass('sm')}
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
        <PageJump key={page} page={page} pageCount={pageCount} onPageChange={onPageChange} />
        <div className="flex items-center gap-1">
          <Button
            variant="outline"
            size="icon-sm"
            aria-label="First page"
            disabled={page <= 1}
            onClick={() => onPageChange(1)}
          >
            <Icon>
              <path d="m17 18-6-6 6-6M7 6v12" />
            </Icon>
          </Button>
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
          <Button
            variant="outline"
            size="icon-sm"
            aria-label="Last page"
            disabled={page >= pageCount}
            onClick={() => onPageChange(pageCount)}
          >
            <Icon>
              <path d="m7 18 6-6-6-6M17 6v12" />
            </Icon>
          </Button>
        </div>
      </div>
    </nav>
  )
}

type PageJumpProps = { page: number; pageCount: number; onPageChange: (page: number) => void }

/**
 * "Page [ 3 ] of 400": type a page number and press Enter (or leave the box) to go there; a number out
 * of range goes to the nearest page. Remounted on every page change, so the box always starts at it.
 */
function PageJump({ page, pageCount, onPageChange }: PageJumpProps) {
  const id = useId()
  const [text, setText] = useState(String(page))
  function go() {
    const wanted = Number.parseInt(text, 10)
    if (!Number.isFinite(wanted)) {
      setText(String(page))
      return
    }
    const target = Math.min(Math.max(wanted, 1), pageCount)
    setText(String(target))
    if (target !== page) onPageChange(target)
  }
  return (
    <span className="text-muted-foreground flex items-center gap-1.5 tabular-nums">
      <label htmlFor={`${id}-page`}>Page</label>
      <input
        id={`${id}-page`}
        inputMode="numeric"
        pattern="[0-9]*"
        aria-describedby={`${id}-of`}
        className="border-input bg-card text-foreground h-8 w-14 rounded-md border px-2 text-center text-sm shadow-xs"
        value={text}
        onChange={(e) => setText(e.target.value.replace(/[^0-9]/g, ''))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            go()
          }
        }}
        onBlur={go}
      />
      <span id={`${id}-of`}>of {formatCount(pageCount)}</span>
    </span>
  )
}
