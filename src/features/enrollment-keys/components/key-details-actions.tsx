import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

export type KeyDetailsActionsProps = {
  keyItem: EnrollmentKey
  /** Regenerating gives the key a new id: the details view follows it. */
  onKeyReplaced: (newId: string) => void
  /** The key was deleted: the details view closes. */
  onDeleted: () => void
}

/** Placeholder: Edit / Set as default / Regenerate / Delete buttons arrive with the key-actions work. */
export function KeyDetailsActions(_props: KeyDetailsActionsProps) {
  return null
}
