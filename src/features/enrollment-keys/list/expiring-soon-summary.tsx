import { useId } from 'react'

import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { nativeSelectClass } from '@/components/ui/native-select'
import { cn } from '@/lib/utils'

import {
  expiringSoonSummary,
  LOW_USES_LEFT,
  SOON_WINDOWS,
  type SoonWindow,
  soonWindowLabel,
} from '../lib/expiring-soon'

export type ExpiringSoonSummaryProps = {
  /** Keys that still work but stop within the window (all keys, whatever the filters). */
  count: number
  windowDays: SoonWindow
  onWindowChange: (days: SoonWindow) => void
  /** Show just those keys, the ones that stop first on top. */
  onReview: () => void
  /** The list already shows just those keys (Review is then not offered). */
  reviewing: boolean
  /** The list is sorted by "stops working first"; the toggle switches it on and off. */
  sortedByStops: boolean
  onSortByStopsChange: (on: boolean) => void
}

/**
 * The summary strip: "3 keys stop working within 7 days — Review", and the window's length (kept in
 * the URL). Calm when there are none, so the window can still be changed.
 */
export function ExpiringSoonSummary({
  count,
  windowDays,
  onWindowChange,
  onReview,
  reviewing,
  sortedByStops,
  onSortByStopsChange,
}: ExpiringSoonSummaryProps) {
  const id = useId()
  const some = count > 0
  return (
    <section
      aria-label="Expiring soon"
      className={cn(
        'flex flex-col gap-3 rounded-lg border px-4 py-2.5 text-sm sm:flex-row sm:items-center',
        some ? 'border-warning/40 bg-warning/10' : 'bg-card',
      )}
    >
      <p className="flex min-w-0 items-center gap-2">
        <Icon className={cn('size-4 shrink-0', some ? 'text-warning' : 'text-muted-foreground')}>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7v5l3 2" />
        </Icon>
        <span className={some ? 'font-medium' : 'text-muted-foreground'}>
          {some ? expiringSoonSummary(count, windowDays) : `No key stops working within ${soonWindowLabel(windowDays)}`}
        </span>
        {some ? (
          <span className="text-muted-foreground hidden md:inline">
            (by date, or {LOW_USES_LEFT} uses left or fewer)
          </span>
        ) : null}
      </p>
      <div className="flex flex-wrap items-center gap-3 sm:ml-auto">
        <label htmlFor={`${id}-window`} className="text-muted-foreground text-xs font-medium whitespace-nowrap">
          Warn within
        </label>
        <select
          id={`${id}-window`}
          className={nativeSelectClass('sm')}
          value={windowDays}
          onChange={(e) => {
            const days = SOON_WINDOWS.find((w) => String(w) === e.target.value)
            if (days) onWindowChange(days)
          }}
        >
          {SOON_WINDOWS.map((w) => (
            <option key={w} value={w}>
              {soonWindowLabel(w)}
            </option>
          ))}
        </select>
        <Button
          size="sm"
          variant="outline"
          aria-pressed={sortedByStops}
          className={cn('whitespace-nowrap', sortedByStops && 'bg-accent')}
          onClick={() => onSortByStopsChange(!sortedByStops)}
        >
          Stops working first
        </Button>
        {some && !reviewing ? (
          <Button size="sm" variant="outline" onClick={onReview}>
            Review
          </Button>
        ) : null}
      </div>
    </section>
  )
}
