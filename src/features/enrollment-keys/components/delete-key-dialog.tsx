import { useState } from 'react'
import { useDeleteEnrollmentKey } from '@/api/enrollment-keys/mutations'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { ErrorDetails } from '@/components/error-details'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from '@/components/ui/alert-dialog'
import { Button } from '@/components/ui/button'
import { toast } from '@/lib/toast'
import { showInvisibleCharacters } from '@/lib/visible-text'
import { actionErrorMessage, defaultKeyNotDeletable } from '../lib/key-action-errors'
import { useServerCapabilities } from '../lib/use-server-capabilities'
import { useSingleFlight } from '../lib/use-single-flight'

export type DeleteKeyDialogProps = {
  keyItem: EnrollmentKey
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Where focus goes on close (default: Radix's, the element focused before opening). */
  onCloseAutoFocus?: (event: Event) => void
  onKeyDeleted: (id: string) => void
}

/**
 * "Delete key <name>?". The row disappears at once and comes back, with the server's reason shown
 * here, if the server refuses. A default key gets the reason it can't be deleted instead.
 */
export function DeleteKeyDialog({
  keyItem: key,
  open,
  onOpenChange,
  onCloseAutoFocus,
  onKeyDeleted,
}: DeleteKeyDialogProps) {
  const remove = useDeleteEnrollmentKey()
  const caps = useServerCapabilities()
  const [error, setError] = useState<unknown>(null)
  const pending = remove.isPending

  function requestClose(next: boolean) {
    if (!next && pending) return
    onOpenChange(next)
  }

  const once = useSingleFlight()

  function confirm() {
    once((done) => {
      setError(null)
      remove.mutate(key, {
        onSuccess: () => {
          toast.success(`Deleted key ${key.name}`)
          onKeyDeleted(key.id)
          onOpenChange(false)
        },
        onError: setError,
        onSettled: done,
      })
    })
  }

  return (
    <AlertDialog open={open} onOpenChange={requestClose}>
      <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus} onEscapeKeyDown={(e) => pending && e.preventDefault()}>
        {key.isDefault ? (
          <>
            <AlertDialogHeader>
              <AlertDialogTitle>Can't delete {key.name}</AlertDialogTitle>
              <AlertDialogDescription>{defaultKeyNotDeletable(caps.setDefault)}</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>Close</AlertDialogCancel>
            </AlertDialogFooter>
          </>
        ) : (
          <>
            <AlertDialogHeader>
              <AlertDialogTitle>Delete key {showInvisibleCharacters(key.name)}?</AlertDialogTitle>
              <AlertDialogDescription>
                Devices can no longer enrol with this key. Devices that already joined stay connected. This can't be
                undone.
              </AlertDialogDescription>
            </AlertDialogHeader>
            {error ? (
              <Alert variant="destructive" role="alert">
                <AlertTitle>Couldn't delete {key.name}</AlertTitle>
                <AlertDescription className="text-foreground">
                  {actionErrorMessage(error)}
                  <ErrorDetails error={error} />
                </AlertDescription>
              </Alert>
            ) : null}
            <AlertDialogFooter>
              <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
              <Button variant="destructive" onClick={confirm} disabled={pending}>
                {pending ? 'Deleting…' : 'Delete key'}
              </Button>
            </AlertDialogFooter>
          </>
        )}
      </AlertDialogContent>
    </AlertDialog>
  )
}
