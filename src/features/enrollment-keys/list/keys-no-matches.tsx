import { Button } from '@/components/ui/button'

export type KeysNoMatchesProps = {
  /** The search, trimmed ('' when only filters narrow the list). */
  search: string
  onClearFilters: () => void
}

/** Search and filters left no key: says so, with Clear filters. */
export function KeysNoMatches({ search, onClearFilters }: KeysNoMatchesProps) {
  return (
    <div className="bg-card flex flex-col items-center gap-3 rounded-xl border px-6 py-12 text-center">
      <p className="font-medium">{search ? `No keys match “${search}”` : 'No keys match these filters'}</p>
      <p className="text-muted-foreground text-sm">Try another search, or clear the filters to see every key.</p>
      <Button variant="outline" size="sm" onClick={onClearFilters}>
        Clear filters
      </Button>
    </div>
  )
}
