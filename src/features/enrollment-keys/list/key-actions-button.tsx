import { Suspense } from 'react'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { ErrorBoundary } from '@/components/error-boundary'
import { Button } from '@/components/ui/button'
import { lazyWithRetry } from '@/lib/lazy-with-retry'

import { loadKeyActionsMenu } from './load-key-actions-menu'

const KeyActionsMenu = lazyWithRetry(() => loadKeyActionsMenu().then((m) => m.KeyActionsMenu))

export type KeyActionsButtonProps = {
  keyItem: EnrollmentKey
}

function MoreIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
      <circle cx="5" cy="12" r="1.75" />
      <circle cx="12" cy="12" r="1.75" />
      <circle cx="19" cy="12" r="1.75" />
    </svg>
  )
}

/**
 * The "Actions for <name>" button of a row or card: a disabled stand-in until the menu's chunk is in, and a
 * button that says so and tries again when the chunk could not be loaded.
 */
export function KeyActionsButton({ keyItem: key }: KeyActionsButtonProps) {
  return (
    <ErrorBoundary
      fallback={(_error, retry) => (
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label={`Actions for ${key.name} could not be loaded. Retry`}
          title="The actions menu could not be loaded. Click to try again."
          onClick={retry}
        >
          <MoreIcon />
        </Button>
      )}
    >
      <Suspense
        fallback={
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${key.name}`} aria-haspopup="menu" disabled>
            <MoreIcon />
          </Button>
        }
      >
        <KeyActionsMenu keyItem={key} />
      </Suspense>
    </ErrorBoundary>
  )
}
