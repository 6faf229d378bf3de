import { type ReactNode, useId } from 'react'

import { Icon } from '@/components/ui/icon'
import { Label } from '@/components/ui/label'
import { cn } from '@/lib/utils'

/** What the field's control spreads onto itself: its id, its name (for a group) and its description. */
export type FieldControlProps = {
  id: string
  'aria-labelledby'?: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

export type FieldProps = {
  label: ReactNode
  /** A line that explains the field, read as the control's description. */
  hint?: ReactNode
  /** Shown under the field, read as part of its description, and marks the control invalid. */
  error?: string
  /** Other elements that describe the control (a live count, a notice), by id. */
  describedBy?: string
  /** A group (radios, checkboxes): the label names it with aria-labelledby instead of `for`. */
  group?: boolean
  /**
   * `stacked`: label, control, hint, error. `start`: the control before the label and hint (a checkbox).
   * `end`: the label and hint, then the control at the far end (a switch).
   */
  layout?: 'stacked' | 'start' | 'end'
  className?: string
  children: (control: FieldControlProps) => ReactNode
}

/** A labelled form field: ties the label, hint and error to the control it renders. */
export function Field({
  label,
  hint,
  error,
  describedBy,
  group = false,
  layout = 'stacked',
  className,
  children,
}: FieldProps) {
  const id = useId()
  const ids = { control: `${id}-control`, label: `${id}-label`, hint: `${id}-hint`, error: `${id}-error` }
  const control: FieldControlProps = {
    id: ids.control,
    'aria-labelledby': group ? ids.label : undefined,
    'aria-describedby': cn(hint ? ids.hint : null, describedBy, error ? ids.error : null) || undefined,
    'aria-invalid': error ? true : undefined,
  }
  const labelElement = group ? (
    <span id={ids.label} className="text-sm leading-none font-medium">
      {label}
    </span>
  ) : (
    <Label htmlFor={ids.control}>{label}</Label>
  )
  const hintElement = hint ? (
    <p id={ids.hint} className="text-muted-foreground text-xs">
      {hint}
    </p>
  ) : null

  if (layout === 'stacked') {
    return (
      <div className={cn('grid gap-2', className)}>
        {labelElement}
        {children(control)}
        {hintElement}
        <FieldError id={ids.error} message={error} />
      </div>
    )
  }
  const text = (
    <div className="grid gap-1">
      {labelElement}
      {hintElement}
      <FieldError id={ids.error} message={error} />
    </div>
  )
  return (
    <div className={cn('flex items-start', layout === 'start' ? 'gap-3' : 'justify-between gap-4', className)}>
      {layout === 'start' ? (
        <>
          <div className="flex h-5 items-center">{children(control)}</div>
          {text}
        </>
      ) : (
        <>
          {text}
          {children(control)}
        </>
      )}
    </div>
  )
}

export type FieldErrorProps = {
  id: string
  message?: string
}

/** A field's error, tied to it by `aria-describedby={id}`. Renders nothing without a message. */
export function FieldError({ id, message }: FieldErrorProps) {
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
