import { useId, useState } from 'react'

import { isApiError } from '@/api/client'
import { isKeyGoneError } from '@/api/enrollment-keys/key-gone'
import { useRegenerateEnrollmentKeyToken } from '@/api/enrollment-keys/mutations'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { CopyButton } from '@/components/copy-button'
import { ErrorDetails } from '@/components/error-details'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog'
import { toast } from '@/lib/toast'

import { DeviceOnboarding } from '../details/device-onboarding'
import { useCurrentKey } from '../hooks/use-current-key'
import { useServerCapabilities } from '../hooks/use-server-capabilities'
import { useSingleFlight } from '../hooks/use-single-flight'
import { REGENERATE_UNSUPPORTED, regenerateErrorMessage } from '../lib/key-action-errors'

export type RegenerateTokenDialogProps = {
  keyItem: EnrollmentKey
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Where focus goes on close (default: Radix's, the element focused before opening). */
  onCloseAutoFocus?: (event: Event) => void
  /** The key now has a new id. */
  onKeyReplaced: (oldId: string, newId: string) => void
}

/**
 * Regenerates a key's token after a warning, then shows the new token with Copy token, the install
 * commands for it and "Wait for a device". Waits for the server: the key's id changes, so nothing is shown until it answers.
 */
export function RegenerateTokenDialog({
  keyItem,
  open,
  onOpenChange,
  onCloseAutoFocus,
  onKeyReplaced,
}: RegenerateTokenDialogProps) {
  const key = useCurrentKey(keyItem)
  const caps = useServerCapabilities()
  const regenerate = useRegenerateEnrollmentKeyToken()
  const [error, setError] = useState<unknown>(null)
  const [replaced, setReplaced] = useState<EnrollmentKey | null>(null)
  const tokenId = useId()
  const pending = regenerate.isPending

  const unsupported = !caps.regenerateToken || (isApiError(error) && error.status === 404 && !isKeyGoneError(error))

  function requestClose(next: boolean) {
    if (!next && pending) return
    onOpenChange(next)
  }

  const once = useSingleFlight()

  function confirm() {
    once((done) => {
      setError(null)
      regenerate.mutate(key, {
        onSuccess: (updated) => {
          setReplaced(updated)
          onKeyReplaced(key.id, updated.id)
          toast.success(`Regenerated the token of ${key.name}`, 'The old token no longer works.')
        },
        onError: setError,
        onSettled: done,
      })
    })
  }

  const name = replaced?.name || key.name

  return (
    <Dialog open={open} onOpenChange={requestClose}>
      <DialogContent
        onCloseAutoFocus={onCloseAutoFocus}
        size={replaced ? 'lg' : 'md'}
        showClose={!unsupported || replaced !== null}
        onEscapeKeyDown={(e) => pending && e.preventDefault()}
        onInteractOutside={(e) => (pending || replaced) && e.preventDefault()}
      >
        {replaced ? (
          <>
            <DialogHeader>
              <DialogTitle>New token for {name}</DialogTitle>
              <DialogDescription>
                Use this token to enrol new devices. The old token no longer works; devices that already joined are
                unaffected.
              </DialogDescription>
            </DialogHeader>
            <div className="flex flex-col gap-2">
              <label htmlFor={tokenId} className="text-sm font-medium">
                Token
              </label>
              <textarea
                id={tokenId}
                readOnly
                rows={3}
                value={replaced.token}
                onFocus={(e) => e.currentTarget.select()}
                className="border-input bg-muted focus-visible:outline-ring w-full resize-none rounded-md border px-3 py-2 font-mono text-xs break-all"
              />
            </div>
            <DeviceOnboarding keyItem={replaced} revealed />
            <DialogFooter className="sm:justify-between">
              <div className="flex flex-col gap-2 sm:flex-row">
                <CopyButton value={replaced.token} label="Copy token" />
              </div>
              <DialogClose asChild>
                <Button>Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : unsupported ? (
          <>
            <DialogHeader>
              <DialogTitle>Can't regenerate the token of {key.name}</DialogTitle>
              <DialogDescription>The key keeps its current token.</DialogDescription>
            </DialogHeader>
            <Alert variant={error ? 'destructive' : 'info'} role={error ? 'alert' : undefined}>
              <AlertDescription className="text-foreground">{REGENERATE_UNSUPPORTED}.</AlertDescription>
            </Alert>
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="outline">Close</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>Regenerate the token of {key.name}?</DialogTitle>
              <DialogDescription>The key gets a new token; its settings stay the same.</DialogDescription>
            </DialogHeader>
            <Alert variant="warning">
              <AlertTitle>Devices using the old token can no longer enrol with it</AlertTitle>
              <AlertDescription>
                Update any scripts or install commands that use it. Devices that already joined are unaffected.
              </AlertDescription>
            </Alert>
            {error ? (
              <Alert variant="destructive" role="alert">
                <AlertTitle>Couldn't regenerate the token</AlertTitle>
                <AlertDescription className="text-foreground">
                  <p>{regenerateErrorMessage(error)}</p>
                  {isKeyGoneError(error) ? null : (
                    <p className="text-muted-foreground mt-1">The old token still works.</p>
                  )}
                  <ErrorDetails error={error} />
                </AlertDescription>
              </Alert>
            ) : null}
            <DialogFooter>
              <Button variant="outline" onClick={() => requestClose(false)} disabled={pending}>
                Cancel
              </Button>
              <Button variant="destructive" onClick={confirm} disabled={pending}>
                {pending ? 'Regenerating…' : 'Regenerate token'}
              </Button>
            </DialogFooter>
          </>
        )}
      </DialogContent>
    </Dialog>
  )
}
