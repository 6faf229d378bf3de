import type { ReactNode } from 'react'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { cn } from '@/lib/utils'

import { useKeysPageActions } from '../state/keys-page-context'

export type KeyNameButtonProps = {
  keyItem: EnrollmentKey
  className?: string
  title?: string
  children: ReactNode
}

/** A key's name in a row or a card: opens its details. Marked for focus-return (see focus-return.ts). */
export function KeyNameButton({ keyItem: key, className, title, children }: KeyNameButtonProps) {
  const { openDetails } = useKeysPageActions()
  return (
    <button
      type="button"
      data-key-name=""
      className={cn(
        'text-foreground truncate rounded-sm text-left hover:underline hover:underline-offset-4',
        className,
      )}
      title={title}
      onClick={() => openDetails(key.id)}
    >
      {children}
    </button>
  )
}
