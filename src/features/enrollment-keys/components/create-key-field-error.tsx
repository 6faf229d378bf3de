export type CreateKeyFieldErrorProps = {
  id: string
  message?: string
}

/** A field's error, tied to it by `aria-describedby={id}`. Renders nothing without a message. */
export function CreateKeyFieldError({ id, message }: CreateKeyFieldErrorProps) {
  if (!message) return null
  return (
    <p id={id} className="text-destructive flex items-start gap-1.5 text-sm">
      <svg
        viewBox="0 0 24 24"
        className="mt-0.5 size-3.5 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
      >
        <circle cx="12" cy="12" r="10" />
        <path d="M12 8v4M12 16h.01" />
      </svg>
      <span>{message}</span>
    </p>
  )
}
