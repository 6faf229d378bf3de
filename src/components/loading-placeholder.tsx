import { Skeleton } from '@/components/ui/skeleton'

export type LoadingPlaceholderProps = {
  /** What is loading, for screen readers, e.g. "Loading gateways…". */
  label: string
  /** One skeleton per entry, with that entry's size classes. */
  rows: readonly string[]
  /** Layout of the rows (default: a vertical grid). */
  className?: string
}

/** Skeleton rows standing in for a list that is loading, announced as a status. */
export function LoadingPlaceholder({ label, rows, className = 'grid gap-2' }: LoadingPlaceholderProps) {
  return (
    <div className={className} role="status">
      <span className="sr-only">{label}</span>
      {rows.map((row, i) => (
        <Skeleton key={i} className={row} />
      ))}
    </div>
  )
}
