import { useState } from 'react'

import { useDeleteEnrollmentKey } from '@/api/enrollment-keys/mutations'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { ErrorDetails } from '@/components/error-details'
import { toast } from '@/lib/toast'
import { showInvisibleCharacters } from '@/lib/visible-text'

import { useServerCapabilities } from '../hooks/use-server-capabilities'
import { useSingleFlight } from '../hooks/use-single-flight'
import { actionErrorMessage, defaultKeyNotDeletable } from '../lib/key-action-errors'

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

  const shared = { open, onOpenChange, onCloseAutoFocus, pending: remove.isPending }

  if (key.isDefault) {
    return (
      <ConfirmDialog
        {...shared}
        title={`Can't delete ${key.name}`}
        description={defaultKeyNotDeletable(caps.setDefault)}
      />
    )
  }

  return (
    <ConfirmDialog
      {...shared}
      title={`Delete key ${showInvisibleCharacters(key.name)}?`}
      description="Devices can no longer enrol with this key. Devices that already joined stay connected. This can't be undone."
      error={
        error
          ? {
              title: `Couldn't delete ${key.name}`,
              message: (
                <>
                  {actionErrorMessage(error)}
                  <ErrorDetails error={error} />
                </>
              ),
            }
          : null
      }
      onConfirm={confirm}
      confirmLabel="Delete key"
      pendingLabel="Deleting…"
    />
  )
}
