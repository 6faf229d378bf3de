import { usePageSelectAll } from '../hooks/use-page-select-all'
import type { KeyRow as KeyRowData, SortDir, SortField } from '../lib/list-view'
import { KeyRow } from './key-row'
import { SortableHeader } from './sortable-header'

export type KeysTableProps = {
  rows: readonly KeyRowData[]
  /** The time statuses were worked out at. */
  now: Date
  selectedIds: ReadonlySet<string>
  sort: SortField
  dir: SortDir
  onSort: (field: SortField) => void
  /** A background refetch is running: the rows stay, slightly dimmed. */
  refreshing?: boolean
  /** Rows can be selected (for bulk delete); false for an account that may not delete. */
  selectable?: boolean
}

const plainHeader = 'text-muted-foreground px-2 py-2 text-left text-xs font-medium tracking-wide uppercase'

/** The "Enrollment keys" table: one page of rows. */
export function KeysTable({
  rows,
  now,
  selectedIds,
  sort,
  dir,
  onSort,
  refreshing = false,
  selectable: canSelect = true,
}: KeysTableProps) {
  const [selectAllRef, selectAll] = usePageSelectAll(rows, selectedIds)

  const sortProps = { sort, dir, onSort }

  return (
    <div className="bg-card relative overflow-x-auto rounded-xl border shadow-xs">
      <table
        aria-label="Enrollment keys"
        aria-busy={refreshing}
        className="w-full min-w-[68rem] border-collapse text-sm"
      >
        <thead className="bg-muted/40 border-b">
          <tr>
            {canSelect ? (
              <th scope="col" className="w-10 py-2 pr-1 pl-4 text-left">
                <input
                  ref={selectAllRef}
                  type="checkbox"
                  className="accent-primary block size-4 cursor-pointer disabled:cursor-not-allowed disabled:opacity-40"
                  aria-label="Select all on this page"
                  checked={selectAll.checked}
                  disabled={selectAll.disabled}
                  onChange={(e) => selectAll.onChange(e.target.checked)}
                />
              </th>
            ) : (
              <td aria-hidden="true" className="w-4 p-0" />
            )}
            <SortableHeader field="name" {...sortProps}>
              Name
            </SortableHeader>
            <SortableHeader field="status" {...sortProps}>
              Status
            </SortableHeader>
            <SortableHeader field="usage" {...sortProps}>
              Type / usage
            </SortableHeader>
            <SortableHeader field="expiry" {...sortProps}>
              Expires
            </SortableHeader>
            <th scope="col" className={plainHeader}>
              Networks
            </th>
            <th scope="col" className={plainHeader}>
              Gateway
            </th>
            <th scope="col" className={plainHeader}>
              Tags
            </th>
            <th scope="col" className={plainHeader}>
              Token
            </th>
            <th scope="col" className="py-2 pr-4 pl-1 text-right">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <KeyRow
              key={row.key.id}
              row={row}
              now={now}
              selected={selectedIds.has(row.key.id)}
              selectable={canSelect}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}
