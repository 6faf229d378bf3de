import { useState } from 'react'

import { isDefaultNotChangedError } from '@/api/enrollment-keys/errors'
import { useUpdateEnrollmentKey } from '@/api/enrollment-keys/mutations'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { formatList } from '@/lib/format'
import { toast } from '@/lib/toast'

import { useCurrentKey, useLoadedKeys } from '../hooks/use-current-key'
import { useServerCapabilities } from '../hooks/use-server-capabilities'
import { useSingleFlight } from '../hooks/use-single-flight'
import { defaultTakeovers } from '../lib/default-takeovers'
import { actionErrorMessage, SET_DEFAULT_UNSUPPORTED } from '../lib/key-action-errors'

export type SetDefaultDialogProps = {
  keyItem: EnrollmentKey
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Where focus goes on close (default: Radix's, the element focused before opening). */
  onCloseAutoFocus?: (event: Event) => void
}

/** Confirms making a key the default for its networks, naming the keys that stop being the default. */
export function SetDefaultDialog({ keyItem, open, onOpenChange, onCloseAutoFocus }: SetDefaultDialogProps) {
  const key = useCurrentKey(keyItem)
  const keys = useLoadedKeys()
  const caps = useServerCapabilities()
  const update = useUpdateEnrollmentKey()
  const [error, setError] = useState<unknown>(null)
  const pending = update.isPending

  const unsupported = !caps.setDefault || isDefaultNotChangedError(error)
  const noNetworks = key.networks.length === 0
  // Frozen once confirmed: the cache changes as the server answers, the dialog keeps saying what it asked.
  const [confirmedTakeovers, setConfirmedTakeovers] = useState<ReturnType<typeof defaultTakeovers> | null>(null)
  const takeovers = confirmedTakeovers ?? defaultTakeovers(key, keys)
  const networks = formatList(key.networks)

  /** Network names read as one word each (no line break inside "private-mesh"). */
  function networkList(names: readonly string[]) {
    return names.map((name, i) => (
      <span key={name}>
        {i === 0 ? '' : i === names.length - 1 ? (names.length > 2 ? ', and ' : ' and ') : ', '}
        <span className="text-foreground whitespace-nowrap">{name}</span>
      </span>
    ))
  }

  const once = useSingleFlight()

  function confirm() {
    once((done) => {
      setError(null)
      setConfirmedTakeovers(takeovers)
      update.mutate(
        { key, changes: { default: true } },
        {
          onSuccess: () => {
            toast.success(`${key.name} is now the default key`, `For ${networks}.`)
            onOpenChange(false)
          },
          onError: (e) => {
            setConfirmedTakeovers(null)
            setError(e)
          },
          onSettled: done,
        },
      )
    })
  }

  const alreadyDefault = keyItem.isDefault
  const blocked = (!caps.setDefault && !pending) || noNetworks || alreadyDefault
  const shared = { open, onOpenChange, onCloseAutoFocus, pending }

  if (blocked) {
    return (
      <ConfirmDialog
        {...shared}
        title={alreadyDefault ? `${key.name} is already the default key` : `Can't make ${key.name} the default key`}
        description={
          alreadyDefault
            ? `It is the default key for ${networks}.`
            : noNetworks
              ? 'A default key needs at least one network, and this key has none.'
              : `${SET_DEFAULT_UNSUPPORTED}.`
        }
      />
    )
  }

  return (
    <ConfirmDialog
      {...shared}
      title={`Make ${key.name} the default key?`}
      richDescription
      description={
        <div className="flex flex-col gap-2">
          <p>
            <strong className="text-foreground font-medium">{key.name}</strong> becomes the default key for{' '}
            {networkList(key.networks)}
            {takeovers.length === 0 ? '.' : ';'}
          </p>
          {takeovers.length > 0 ? (
            <ul className="flex list-disc flex-col gap-1 pl-5">
              {takeovers.map((t, i) => (
                <li key={t.key.id}>
                  <strong className="text-foreground font-medium">{t.key.name}</strong> stops being the default for{' '}
                  {networkList(t.networks)}
                  {i === takeovers.length - 1 ? '.' : ';'}
                </li>
              ))}
            </ul>
          ) : null}
          <p>Existing devices are not affected.</p>
        </div>
      }
      error={
        error
          ? {
              title: unsupported ? 'Nothing was changed' : `Couldn't make ${key.name} the default key`,
              message: actionErrorMessage(error),
            }
          : null
      }
      onConfirm={unsupported ? undefined : confirm}
      confirmVariant="default"
      confirmLabel="Make default"
      pendingLabel="Making default…"
    />
  )
}
