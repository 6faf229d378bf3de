import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'

import type { SetViewParams } from '../hooks/use-keys-view-params'
import { KEY_TYPE_LABELS } from '../lib/format'
import { DEFAULT_VIEW, hasActiveFilters, STATUS_FILTER_LABELS, type ViewParams } from '../lib/list-view'

export type FilterChipsProps = {
  view: ViewParams
  setView: SetViewParams
}

type Chip = { label: string; clear: Partial<ViewParams> }

/** The active search and filters as removable chips, and "Clear filters". */
export function FilterChips({ view, setView }: FilterChipsProps) {
  if (!hasActiveFilters(view)) return null
  const chips: Chip[] = []
  if (view.q.trim()) chips.push({ label: `Search: “${view.q.trim()}”`, clear: { q: '' } })
  if (view.status) chips.push({ label: `Status: ${STATUS_FILTER_LABELS[view.status]}`, clear: { status: null } })
  if (view.type) chips.push({ label: `Type: ${KEY_TYPE_LABELS[view.type]}`, clear: { type: null } })
  if (view.network) chips.push({ label: `Network: ${view.network}`, clear: { network: null } })
  if (view.defaultOnly) chips.push({ label: 'Default only', clear: { defaultOnly: false } })

  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      {chips.map((chip) => (
        <li key={chip.label}>
          <span className="bg-primary/8 text-foreground border-primary/20 inline-flex h-7 items-center gap-1 rounded-full border pr-1 pl-3 text-xs font-medium">
            {chip.label}
            <button
              type="button"
              className="text-muted-foreground hover:bg-primary/15 hover:text-foreground grid size-5 place-items-center rounded-full"
              aria-label={`Remove filter ${chip.label}`}
              onClick={() => setView(chip.clear)}
            >
              <Icon className="size-3" strokeWidth="2.5">
                <path d="M18 6 6 18M6 6l12 12" />
              </Icon>
            </button>
          </span>
        </li>
      ))}
      <li>
        <Button
          variant="link"
          size="sm"
          className="h-7 px-1"
          onClick={() =>
            setView({
              q: DEFAULT_VIEW.q,
              status: DEFAULT_VIEW.status,
              type: DEFAULT_VIEW.type,
              network: DEFAULT_VIEW.network,
              defaultOnly: DEFAULT_VIEW.defaultOnly,
            })
          }
        >
          Clear filters
        </Button>
      </li>
    </ul>
  )
}
