import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'

import { useUpdateEnrollmentKey } from '@/api/enrollment-keys/mutations'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog'
import { Field } from '@/components/ui/field'
import { toast } from '@/lib/toast'

import { type GatewayChoice, GatewayPicker } from '../fields/gateway-picker'
import { TagPicker } from '../fields/tag-picker'
import {
  editKeyChanges,
  editKeyDefaults,
  editKeyFormSchema,
  type EditKeyFormValues,
  hasEditChanges,
} from '../forms/edit-key-form'
import { useCurrentKey } from '../hooks/use-current-key'
import { useSingleFlight } from '../hooks/use-single-flight'
import { useTags } from '../hooks/use-tags'
import { KEY_TYPE_LABELS, usageLabel } from '../lib/format'
import { actionErrorMessage } from '../lib/key-action-errors'

export type EditKeyDialogProps = {
  keyItem: EnrollmentKey
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Where focus goes on close (default: Radix's, the element focused before opening). */
  onCloseAutoFocus?: (event: Event) => void
}

/**
 * "Edit key <name>": the gateway and tags devices get when they join — exactly what the server lets
 * you change. Name, networks and type are shown read-only.
 */
export function EditKeyDialog({ keyItem, open, onOpenChange, onCloseAutoFocus }: EditKeyDialogProps) {
  const key = useCurrentKey(keyItem)
  // The form starts from the key as it was when the dialog opened (edit forms mount with their data).
  const [initial] = useState(() => editKeyDefaults(key))
  const form = useForm<EditKeyFormValues>({
    resolver: zodResolver(editKeyFormSchema),
    defaultValues: initial,
  })
  const values = useWatch({ control: form.control }) as EditKeyFormValues
  const changed = hasEditChanges(initial, values)

  const update = useUpdateEnrollmentKey()
  const [serverError, setServerError] = useState<string | null>(null)

  const tags = useTags(key.networks)

  const pending = update.isPending

  function requestClose(next: boolean) {
    if (!next && pending) return
    onOpenChange(next)
  }

  const once = useSingleFlight()

  const onSubmit = form.handleSubmit((submitted) => {
    once((done) => {
      setServerError(null)
      update.mutate(
        { key, changes: editKeyChanges(submitted) },
        {
          onSuccess: () => {
            toast.success(`Saved key ${key.name}`, 'Devices that join from now on get the new gateway and tags.')
            onOpenChange(false)
          },
          onError: (error) => setServerError(actionErrorMessage(error)),
          onSettled: done,
        },
      )
    })
  })

  function onGatewayChange(next: GatewayChoice) {
    form.setValue('autoAssignGateway', next.autoAssignGateway, { shouldDirty: true })
    form.setValue('gatewayId', next.gatewayId, { shouldDirty: true })
  }

  return (
    <Dialog open={open} onOpenChange={requestClose}>
      <DialogContent
        onCloseAutoFocus={onCloseAutoFocus}
        size="md"
        onEscapeKeyDown={(e) => pending && e.preventDefault()}
        onInteractOutside={(e) => pending && e.preventDefault()}
      >
        <DialogHeader>
          <DialogTitle>Edit key {key.name}</DialogTitle>
          <DialogDescription>
            Choose the gateway and tags that devices get when they join with this key. Devices that already joined keep
            theirs.
          </DialogDescription>
        </DialogHeader>

        <dl className="bg-muted/50 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border px-4 py-3 text-sm">
          <dt className="text-muted-foreground">Name</dt>
          <dd className="flex flex-wrap items-center gap-2 font-medium">
            {key.name}
            {key.isDefault ? <Badge>Default</Badge> : null}
          </dd>
          <dt className="text-muted-foreground">{key.networks.length === 1 ? 'Network' : 'Networks'}</dt>
          <dd className="flex flex-wrap gap-1.5">
            {key.networks.length > 0 ? (
              key.networks.map((n) => (
                <Badge key={n} variant="outline">
                  {n}
                </Badge>
              ))
            ) : (
              <span className="text-muted-foreground">None</span>
            )}
          </dd>
          <dt className="text-muted-foreground">Type</dt>
          <dd>
            {KEY_TYPE_LABELS[key.type]}
            {key.type !== 'unlimited' ? <span className="text-muted-foreground"> · {usageLabel(key)}</span> : null}
          </dd>
        </dl>

        <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-5" noValidate>
          <GatewayPicker
            value={values}
            onChange={onGatewayChange}
            networks={key.networks}
            keepId={initial.gatewayId}
            listWhileAuto
            autoHint="Netmaker picks a gateway for each device that joins. Choosing a gateway below turns this off."
            listHint={`Gateways (relays) in ${key.networks.length === 1 ? 'the key’s network' : 'the key’s networks'}. Devices that join reach the network through it.`}
            emptyText="There are no gateways in this key’s networks yet."
            error={form.formState.errors.gatewayId?.message}
            disabled={pending}
          />

          {tags.supported ? (
            <Field label="Tags" hint="Devices that join get these tags." group>
              {(a11y) => (
                <TagPicker
                  a11y={a11y}
                  networks={key.networks}
                  value={values.tags}
                  onChange={(next) => form.setValue('tags', next, { shouldDirty: true })}
                  keep={initial.tags}
                  emptyText="There are no tags in this key’s networks yet."
                  disabled={pending}
                />
              )}
            </Field>
          ) : tags.capabilitiesLoading ? null : (
            <div className="flex flex-col gap-1">
              <p className="text-sm font-medium">Tags</p>
              <p className="text-muted-foreground text-xs">
                Tags need Netmaker Pro; this server doesn’t offer them.
                {key.tags.length > 0 ? ' The key’s current tags are kept.' : ''}
              </p>
            </div>
          )}

          {serverError ? (
            <Alert variant="destructive" role="alert">
              <AlertTitle>Couldn't save {key.name}</AlertTitle>
              <AlertDescription className="text-foreground">{serverError}</AlertDescription>
            </Alert>
          ) : null}

          <DialogFooter>
            <Button variant="outline" onClick={() => requestClose(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" disabled={!changed || pending}>
              {pending ? 'Saving…' : 'Save changes'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
