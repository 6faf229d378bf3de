export type CreateKeyDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Placeholder: the create-key stepper arrives with the create-key work. Lazy-loaded by the Keys page. */
export function CreateKeyDialog(_props: CreateKeyDialogProps) {
  return null
}
