import type { ReactNode } from 'react'

import { Label } from '@/components/ui/label'

export type FieldControlProps = {
  id: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
}

export type FormFieldProps = {
  id: string
  label: string
  /** The validation message; marks the control invalid and describes it. */
  error?: string
  /** Help shown below the control (hidden while an error shows). */
  hint?: ReactNode
  /** Rendered at the end of the label row, e.g. a link. */
  aside?: ReactNode
  children: (control: FieldControlProps) => ReactNode
}

/** A label, a control, and the hint or error tied to it with aria-describedby. */
export function FormField({ id, label, error, hint, aside, children }: FormFieldProps) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = error ? errorId : hint ? hintId : undefined
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        {aside}
      </div>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {error ? (
        <p id={errorId} className="text-destructive text-xs font-medium">
          {error}
        </p>
      ) : hint ? (
        <p id={hintId} className="text-muted-foreground text-xs">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
