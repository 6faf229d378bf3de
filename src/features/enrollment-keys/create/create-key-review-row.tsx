import type { ReactNode } from 'react'

import { Button } from '@/components/ui/button'

import type { CreateKeyStepId } from '../forms/create-key-steps'

export type CreateKeyReviewRowProps = {
  label: string
  children: ReactNode
  step?: CreateKeyStepId
  onEdit?: (step: CreateKeyStepId) => void
  busy?: boolean
}

/** One line of the review: what, the choice, and "Change" to go back to its step. */
export function CreateKeyReviewRow({ label, children, step, onEdit, busy = false }: CreateKeyReviewRowProps) {
  return (
    <div className="flex items-start gap-3 px-4 py-2.5">
      <dt className="text-muted-foreground w-24 shrink-0">{label}</dt>
      <dd className="min-w-0 flex-1 break-words">{children}</dd>
      {step && onEdit ? (
        <dd className="shrink-0">
          <Button
            variant="link"
            size="sm"
            className="h-auto px-0"
            disabled={busy}
            onClick={() => onEdit(step)}
            aria-label={`Change ${label.toLowerCase()}`}
          >
            Change
          </Button>
        </dd>
      ) : null}
    </div>
  )
}
