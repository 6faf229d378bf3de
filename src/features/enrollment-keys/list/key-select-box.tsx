import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { cn } from '@/lib/utils'

import { useKeysPageActions } from '../state/keys-page-context'

export type KeySelectBoxProps = {
  keyItem: EnrollmentKey
  selected: boolean
  className?: string
}

/** "Select <name>" for bulk delete, in a row or a card. */
export function KeySelectBox({ keyItem: key, selected, className }: KeySelectBoxProps) {
  const { dispatch } = useKeysPageActions()
  return (
    <input
      type="checkbox"
      className={cn('accent-primary block size-4 cursor-pointer rounded', className)}
      aria-label={`Select ${key.name}`}
      checked={selected}
      onChange={(e) => dispatch({ type: 'selection-toggled', ids: [key.id], selected: e.target.checked })}
    />
  )
}
