import { Hint } from '@/components/hint'
import { Badge } from '@/components/ui/badge'

export type CompactListProps = {
  items: readonly string[]
  /** How many to show before "+N". */
  max?: number
  /** What the items are, for the "+N" control's name, e.g. "networks". */
  noun: string
  variant?: 'outline' | 'secondary'
}

/** A few items as badges; the rest behind "+N" with the full list on hover/focus. */
export function CompactList({ items, max = 2, noun, variant = 'outline' }: CompactListProps) {
  if (items.length === 0) {
    return (
      <span className="text-muted-foreground" aria-label={`No ${noun}`}>
        —
      </span>
    )
  }
  const shown = items.slice(0, max)
  const rest = items.slice(max)
  return (
    <div className="flex flex-wrap items-center gap-1">
      {shown.map((item) => (
        <Badge key={item} variant={variant} className="max-w-40">
          <span className="truncate">{item}</span>
        </Badge>
      ))}
      {rest.length > 0 ? (
        <Hint content={rest.join(', ')}>
          {(hintProps) => (
            <button
              type="button"
              className="text-muted-foreground hover:text-foreground rounded-full px-1 text-xs font-medium"
              aria-label={`${rest.length} more ${noun}`}
              {...hintProps}
            >
              +{rest.length}
            </button>
          )}
        </Hint>
      ) : null}
    </div>
  )
}
