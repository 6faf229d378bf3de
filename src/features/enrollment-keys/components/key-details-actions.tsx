import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

export type KeyDetailsActionsProps = {
  keyItem: EnrollmentKey
}

/** Placeholder: Edit / Set as default / Regenerate / Delete buttons for the details view (key-actions work). */
export function KeyDetailsActions(_props: KeyDetailsActionsProps) {
  return null
}
