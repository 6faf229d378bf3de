import { useState } from 'react'

import { type BulkDeleteResult, useDeleteEnrollmentKeys } from '@/api/enrollment-keys/mutations'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { toast } from '@/lib/toast'

import { useSingleFlight } from '../hooks/use-single-flight'
import { keyCount } from '../lib/format'
import { actionErrorMessage } from '../lib/key-action-errors'

export type BulkDeleteDialogProps = {
  /** The keys to delete (default keys are left out by the caller). */
  keys: readonly EnrollmentKey[]
  open: boolean
  /** Where focus goes once the dialog has closed (call `preventDefault` to take over). */
  onCloseAutoFocus?: (event: Event) => void
  onOpenChange: (open: boolean) => void
  /** After the deletes ran: which were deleted and which failed. */
  onDeleted: (result: BulkDeleteResult) => void
}

/** Confirms once, listing the names, deletes a couple at a time and reports failures by name. */
export function BulkDeleteDialog({
  keys: requested,
  open,
  onOpenChange,
  onDeleted,
  onCloseAutoFocus,
}: BulkDeleteDialogProps) {
  // The list shrinks as keys are deleted: the dialog keeps talking about what was asked.
  const [keys, setKeys] = useState(() => [...requested])
  const bulk = useDeleteEnrollmentKeys()
  const [progress, setProgress] = useState(0)
  const [result, setResult] = useState<BulkDeleteResult | null>(null)
  const pending = bulk.isPending

  const once = useSingleFlight()

  function confirm(toDelete: readonly EnrollmentKey[] = keys) {
    once((done) => {
      setProgress(0)
      setResult(null)
      bulk.mutate(
        { keys: toDelete, onProgress: (count) => setProgress(count) },
        {
          onSuccess: (outcome) => {
            onDeleted(outcome)
            if (outcome.deleted.length > 0) toast.success(`Deleted ${keyCount(outcome.deleted.length)}`)
            if (outcome.failed.length === 0) onOpenChange(false)
            else setResult(outcome)
          },
          onSettled: done,
        },
      )
    })
  }

  const count = keyCount(keys.length)
  const shared = { open, onOpenChange, onCloseAutoFocus, pending }

  if (result) {
    const failed = result.failed.map((f) => f.key)
    return (
      <ConfirmDialog
        {...shared}
        step="report"
        title={
          result.deleted.length > 0
            ? `Deleted ${result.deleted.length} of ${count}`
            : `Couldn't delete ${keys.length === 1 ? 'the key' : 'the keys'}`
        }
        description={
          result.failed.length === 1
            ? 'This key was not deleted and is still selected:'
            : 'These keys were not deleted and are still selected:'
        }
        error={{
          title: `Couldn't delete ${keyCount(result.failed.length)}`,
          message: (
            <ul className="mt-1 flex max-h-48 flex-col gap-1 overflow-y-auto">
              {result.failed.map(({ key, error }) => (
                <li key={key.id}>
                  <span className="font-medium">{key.name}</span>: {actionErrorMessage(error)}
                </li>
              ))}
            </ul>
          ),
        }}
        onConfirm={() => {
          setKeys(failed)
          confirm(failed)
        }}
        confirmLabel="Try again"
        cancelLabel="Close"
      />
    )
  }

  return (
    <ConfirmDialog
      {...shared}
      step="question"
      title={`Delete ${count}?`}
      description={`Devices can no longer enrol with ${keys.length === 1 ? 'this key' : 'these keys'}. Devices that already joined stay connected. This can't be undone.`}
      onConfirm={() => confirm()}
      confirmLabel={`Delete ${count}`}
      pendingLabel="Deleting…"
      confirmDisabled={keys.length === 0}
    >
      <ul
        aria-label="Keys to delete"
        className="bg-muted/50 flex max-h-48 flex-col gap-1 overflow-y-auto rounded-lg border px-4 py-3 text-sm"
      >
        {keys.map((k) => (
          <li key={k.id} className="font-medium break-words">
            {k.name}
          </li>
        ))}
      </ul>
      {pending ? (
        <p role="status" className="text-muted-foreground text-sm">
          Deleting… {progress} of {keys.length} done
        </p>
      ) : null}
    </ConfirmDialog>
  )
}
