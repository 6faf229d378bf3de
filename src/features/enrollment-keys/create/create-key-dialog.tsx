import { CreateKeyFlow } from './create-key-flow'

export type CreateKeyDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Where focus goes once the dialog has closed (call `preventDefault` to take over). */
  onCloseAutoFocus?: (event: Event) => void
  /** Reopen with what was typed when the session last ended (see create-draft.ts). */
  restoreDraft?: boolean
}

/**
 * The "Create key" dialog: a stepper (Details → Networks → Gateway → Tags → Review) that ends with the
 * new key's token. Lazy-loaded by the Keys page; every opening starts from a fresh form.
 */
export function CreateKeyDialog({ open, onOpenChange, onCloseAutoFocus, restoreDraft }: CreateKeyDialogProps) {
  if (!open) return null
  return (
    <CreateKeyFlow
      onClose={() => onOpenChange(false)}
      onCloseAutoFocus={onCloseAutoFocus}
      restoreDraft={restoreDraft}
    />
  )
}
