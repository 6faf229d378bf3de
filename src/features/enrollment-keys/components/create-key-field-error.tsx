import { Icon } from '@/components/ui/icon'

export type CreateKeyFieldErrorProps = {
  id: string
  message?: string
}

/** A field's error, tied to it by `aria-describedby={id}`. Renders nothing without a message. */
export function CreateKeyFieldError({ id, message }: CreateKeyFieldErrorProps) {
  if (!message) return null
  return (
    <p id={id} className="text-destructive flex items-start gap-1.5 text-sm">
      <Icon className="mt-0.5 size-3.5 shrink-0">
        <circle cx="12" cy="12" r="10" />
        <path d="M12 8v4M12 16h.01" />
      </Icon>
      <span>{message}</span>
    </p>
  )
}
