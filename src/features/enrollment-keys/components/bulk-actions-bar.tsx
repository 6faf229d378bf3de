import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

export type BulkActionsBarProps = {
  /** Every loaded key (for "Select expired and used-up keys" and to resolve the selection). */
  keys: readonly EnrollmentKey[]
  selectedIds: ReadonlySet<string>
  onSelectionChange: (ids: ReadonlySet<string>) => void
}

/** Placeholder: the bulk delete bar arrives with the key-actions work. */
export function BulkActionsBar(_props: BulkActionsBarProps) {
  return null
}
