import { Skeleton } from '@/components/ui/skeleton'

export type KeysTableSkeletonProps = {
  rows?: number
}

const WIDTHS = ['w-32', 'w-24', 'w-40', 'w-28', 'w-36'] as const

/** The table's shape while the keys load. */
export function KeysTableSkeleton({ rows = 8 }: KeysTableSkeletonProps) {
  return (
    <div role="status" aria-live="polite" className="bg-card overflow-hidden rounded-xl border shadow-xs">
      <span className="sr-only">Loading enrollment keys…</span>
      <div className="bg-muted/40 flex items-center gap-6 border-b px-4 py-3">
        <Skeleton className="size-4" />
        <Skeleton className="h-3 w-16" />
        <Skeleton className="h-3 w-14" />
        <Skeleton className="h-3 w-20" />
        <Skeleton className="hidden h-3 w-16 md:block" />
        <Skeleton className="hidden h-3 w-16 md:block" />
        <Skeleton className="hidden h-3 w-14 lg:block" />
        <Skeleton className="hidden h-3 w-14 lg:block" />
      </div>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-center gap-6 border-b px-4 py-4 last:border-b-0">
          <Skeleton className="size-4" />
          <Skeleton className={`h-4 ${WIDTHS[i % WIDTHS.length]}`} />
          <Skeleton className="h-5 w-16 rounded-full" />
          <Skeleton className="h-4 w-24" />
          <Skeleton className="hidden h-4 w-20 md:block" />
          <Skeleton className="hidden h-5 w-24 rounded-full md:block" />
          <Skeleton className="hidden h-4 w-28 lg:block" />
          <Skeleton className="hidden h-5 w-32 lg:block" />
        </div>
      ))}
    </div>
  )
}
