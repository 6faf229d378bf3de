import { lazy, Suspense } from 'react'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { Button } from '@/components/ui/button'

/** The actions menu pulls in Radix DropdownMenu: load it after the first screen. */
export const loadKeyActionsMenu = () => import('./key-actions-menu')
const KeyActionsMenu = lazy(() => loadKeyActionsMenu().then((m) => ({ default: m.KeyActionsMenu })))

export type KeyActionsButtonProps = {
  keyItem: EnrollmentKey
  onViewDetails: () => void
}

/** The "Actions for <name>" button of a row or card: a disabled stand-in until the menu's chunk is in. */
export function KeyActionsButton({ keyItem: key, onViewDetails }: KeyActionsButtonProps) {
  return (
    <Suspense
      fallback={
        <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${key.name}`} aria-haspopup="menu" disabled>
          <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
            <circle cx="5" cy="12" r="1.75" />
            <circle cx="12" cy="12" r="1.75" />
            <circle cx="19" cy="12" r="1.75" />
          </svg>
        </Button>
      }
    >
      <KeyActionsMenu keyItem={key} onViewDetails={onViewDetails} />
    </Suspense>
  )
}
