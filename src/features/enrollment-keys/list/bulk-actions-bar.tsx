import { isDeletable } from '@/api/enrollment-keys/rules'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { formatCount } from '@/lib/format'

import { isExpiredOrUsedUp } from '../lib/cleanup'
import { keyCount } from '../lib/format'
import { useKeysPageActions } from '../state/keys-page-context'

export type BulkActionsBarProps = {
  /** Every loaded key (for "Select expired and used-up keys" and to resolve the selection). */
  keys: readonly EnrollmentKey[]
  selectedIds: ReadonlySet<string>
}

/**
 * Above the table: with rows selected, "N selected", Delete N keys and Clear selection; whenever some
 * keys are expired or used up, the "Select expired and used-up keys" shortcut.
 */
export function BulkActionsBar({ keys, selectedIds }: BulkActionsBarProps) {
  const { dispatch, openBulkDelete } = useKeysPageActions()
  const select = (ids: readonly string[]) => dispatch({ type: 'selection-replaced', ids })

  const now = new Date()
  const selected = keys.filter((k) => selectedIds.has(k.id))
  const deletable = selected.filter(isDeletable)
  const skippedDefaults = selected.length - deletable.length
  const candidates = keys.filter((k) => isExpiredOrUsedUp(k, now))
  const candidatesSelected =
    candidates.length > 0 && candidates.length === selected.length && candidates.every((k) => selectedIds.has(k.id))

  const shortcut =
    candidates.length > 0 && !candidatesSelected ? (
      <Button variant="outline" size="sm" onClick={() => select(candidates.map((k) => k.id))}>
        <Icon>
          <rect x="3" y="3" width="18" height="18" rx="2" />
          <path d="m9 12 2 2 4-4" />
        </Icon>
        Select expired and used-up keys
      </Button>
    ) : null

  return (
    <>
      <p role="status" className="sr-only">
        {selected.length > 0 ? `${formatCount(selected.length)} selected` : ''}
      </p>
      {selected.length > 0 ? (
        <section
          aria-label="Selected keys"
          className="bg-primary/6 border-primary/25 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border px-3 py-2"
        >
          <span className="text-sm font-medium tabular-nums">{formatCount(selected.length)} selected</span>
          {skippedDefaults > 0 ? (
            <span className="text-muted-foreground text-xs">
              ({keyCount(skippedDefaults)} default: can't be deleted)
            </span>
          ) : null}
          <Button variant="ghost" size="sm" onClick={() => select([])}>
            Clear selection
          </Button>
          {shortcut}
          <Button
            variant="destructive"
            size="sm"
            className="ml-auto"
            disabled={deletable.length === 0}
            onClick={() => openBulkDelete(deletable)}
          >
            <Icon>
              <path d="M3 6h18M8 6V4h8v2M6 6l1 14h10l1-14M10 11v6M14 11v6" />
            </Icon>
            Delete {keyCount(deletable.length)}
          </Button>
        </section>
      ) : candidates.length > 0 ? (
        <section
          aria-label="Clean-up"
          className="bg-card flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-dashed px-3 py-2"
        >
          <span className="text-muted-foreground text-sm">
            {candidates.length === 1
              ? '1 key is expired or used up: no device can enrol with it.'
              : `${keyCount(candidates.length)} are expired or used up: no device can enrol with them.`}
          </span>
          <span className="ml-auto">{shortcut}</span>
        </section>
      ) : null}
    </>
  )
}
