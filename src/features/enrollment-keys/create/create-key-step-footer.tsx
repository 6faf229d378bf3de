import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'

export type CreateKeyStepFooterProps = {
  /** What the stepper is waiting for, read out politely (empty when nothing). */
  status: string
  busy: boolean
  canGoBack: boolean
  /** The review step: the submit button creates the key. */
  isLastStep: boolean
  onBack: () => void
  onCancel: () => void
}

/** Cancel, the stepper's status, Back and Next / Create key. The buttons stay focusable while busy. */
export function CreateKeyStepFooter({
  status,
  busy,
  canGoBack,
  isLastStep,
  onBack,
  onCancel,
}: CreateKeyStepFooterProps) {
  return (
    <div className="flex flex-col-reverse gap-2 border-t pt-4 sm:flex-row sm:items-center">
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      <p role="status" aria-live="polite" className="text-muted-foreground text-sm sm:ml-auto">
        {status}
      </p>
      <div className="flex gap-2 sm:ml-auto">
        {canGoBack ? (
          <Button variant="outline" onClick={onBack} aria-disabled={busy || undefined} className="flex-1 sm:flex-none">
            Back
          </Button>
        ) : null}
        <Button type="submit" aria-disabled={busy || undefined} className="flex-1 sm:flex-none">
          {!isLastStep ? (
            'Next'
          ) : busy ? (
            <>
              <Spinner />
              Creating…
            </>
          ) : (
            'Create key'
          )}
        </Button>
      </div>
    </div>
  )
}
