import { CreateKeyFlow } from './create-key-flow'

export type CreateKeyDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * The "Create key" dialog: a stepper (Details → Networks → Gateway → Tags → Review) that ends with the
 * new key's token. Lazy-loaded by the Keys page; every opening starts from a fresh form.
 */
export function CreateKeyDialog({ open, onOpenChange }: CreateKeyDialogProps) {
  if (!open) return null
  return <CreateKeyFlow onClose={() => onOpenChange(false)} />
}
