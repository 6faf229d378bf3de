import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { Button } from '@/components/ui/button'

export type KeyActionsMenuProps = {
  keyItem: EnrollmentKey
  onViewDetails: () => void
}

/** Placeholder: the row's "Actions for <name>" menu arrives with the key-actions work. */
export function KeyActionsMenu({ keyItem, onViewDetails }: KeyActionsMenuProps) {
  return (
    <Button variant="ghost" size="sm" aria-label={`Actions for ${keyItem.name}`} onClick={onViewDetails}>
      …
    </Button>
  )
}
