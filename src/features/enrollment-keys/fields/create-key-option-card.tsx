import type { ReactNode } from 'react'

import { Label } from '@/components/ui/label'
import { cn } from '@/lib/utils'

export type CreateKeyOptionCardProps = {
  /** The radio or checkbox, with `id={htmlFor}`. */
  control: ReactNode
  htmlFor: string
  label: ReactNode
  /** A line under the label; give it `descriptionId` and point the control's aria-describedby at it. */
  description?: ReactNode
  descriptionId?: string
  /** Something shown at the far end of the row (e.g. an address range). */
  aside?: ReactNode
  selected: boolean
  invalid?: boolean
}

/** One choice in a list of radios or checkboxes: a bordered row that highlights when selected. */
export function CreateKeyOptionCard({
  control,
  htmlFor,
  label,
  description,
  descriptionId,
  aside,
  selected,
  invalid = false,
}: CreateKeyOptionCardProps) {
  return (
    <div
      className={cn(
        'flex items-start gap-3 rounded-lg border px-3 py-2.5 transition-colors',
        selected ? 'border-primary/60 bg-primary/5' : 'hover:bg-accent/50',
        invalid && 'border-destructive/70',
      )}
    >
      <div className="flex h-5 items-center">{control}</div>
      <div className="grid min-w-0 flex-1 gap-1">
        <div className="flex min-h-5 items-center gap-3">
          <Label htmlFor={htmlFor} className="min-w-0 flex-1 cursor-pointer truncate leading-5">
            {label}
          </Label>
          {aside}
        </div>
        {description ? (
          <p id={descriptionId} className="text-muted-foreground text-xs">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  )
}
