import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useMemo, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useUpdateEnrollmentKey } from '@/api/enrollment-keys/mutations'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { LoadingPlaceholder } from '@/components/loading-placeholder'
import { QueryError } from '@/components/query-error'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog'
import { Label } from '@/components/ui/label'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'
import { Switch } from '@/components/ui/switch'
import { toast } from '@/lib/toast'
import {
  editKeyChanges,
  editKeyDefaults,
  editKeyFormSchema,
  hasEditChanges,
  type EditKeyFormValues,
} from '../forms/edit-key-form'
import { KEY_TYPE_LABELS, usageLabel } from '../lib/format'
import { actionErrorMessage } from '../lib/key-action-errors'
import { gatewaysIn, useGateways } from '../lib/use-gateways'
import { tagNameFromId, useTags } from '../lib/use-tags'
import { useSingleFlight } from '../lib/use-single-flight'
import { useCurrentKey } from './use-current-key'

export type EditKeyDialogProps = {
  keyItem: EnrollmentKey
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Where focus goes on close (default: Radix's, the element focused before opening). */
  onCloseAutoFocus?: (event: Event) => void
}

/** Radix radio values cannot be empty: this stands for "no gateway". */
const NO_GATEWAY = 'none'

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

  const gateways = useGateways()
  const tags = useTags(key.networks)
  const ids = {
    auto: useId(),
    autoHint: useId(),
    gateway: useId(),
    gatewayHint: useId(),
    tags: useId(),
    tagsHint: useId(),
    error: useId(),
  }

  const gatewayOptions = useMemo(() => {
    const options = gatewaysIn(gateways.gateways, key.networks).map((g) => ({ id: g.id, label: g.label }))
    // Keep a gateway the list no longer knows, so saving never clears it by accident.
    if (initial.gatewayId && !options.some((o) => o.id === initial.gatewayId)) {
      const known = gateways.byId.get(initial.gatewayId)
      options.unshift({
        id: initial.gatewayId,
        label: known?.label ?? `Unknown gateway (${initial.gatewayId.slice(0, 8)}…)`,
      })
    }
    return options
  }, [gateways.gateways, gateways.byId, key.networks, initial.gatewayId])

  const tagGroups = useMemo(() => {
    const options = tags.tags.map((t) => ({ id: t.id, name: t.name, network: t.network }))
    for (const id of initial.tags) {
      if (!options.some((o) => o.id === id)) {
        const network = key.networks.find((n) => id.startsWith(`${n}.`)) ?? ''
        options.push({ id, name: tagNameFromId(id, key.networks), network })
      }
    }
    const groups = new Map<string, typeof options>()
    for (const option of options) groups.set(option.network, [...(groups.get(option.network) ?? []), option])
    return [...groups.entries()]
  }, [tags.tags, initial.tags, key.networks])

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

  const multiNetwork = key.networks.length > 1

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
          <Controller
            control={form.control}
            name="autoAssignGateway"
            render={({ field }) => (
              <div className="flex items-start justify-between gap-4">
                <div className="flex flex-col gap-1">
                  <Label htmlFor={ids.auto}>Auto-select gateway</Label>
                  <p id={ids.autoHint} className="text-muted-foreground text-xs">
                    Netmaker picks a gateway for each device that joins. Choosing a gateway below turns this off.
                  </p>
                </div>
                <Switch
                  id={ids.auto}
                  checked={field.value}
                  onCheckedChange={(checked) => {
                    field.onChange(checked)
                    if (checked) form.setValue('gatewayId', '', { shouldDirty: true })
                  }}
                  onBlur={field.onBlur}
                  disabled={pending}
                  aria-describedby={ids.autoHint}
                />
              </div>
            )}
          />

          <div className="flex flex-col gap-2">
            <p id={ids.gateway} className="text-sm leading-none font-medium">
              Gateway
            </p>
            <p id={ids.gatewayHint} className="text-muted-foreground -mt-0.5 text-xs">
              Gateways (relays) in {key.networks.length === 1 ? 'the key’s network' : 'the key’s networks'}. Devices
              that join reach the network through it.
            </p>
            {gateways.isPending ? (
              <LoadingPlaceholder label="Loading gateways…" rows={['h-8', 'h-8']} className="flex flex-col gap-2" />
            ) : gateways.error ? (
              <QueryError title="Couldn't load gateways" error={gateways.error} onRetry={gateways.refetch} />
            ) : (
              <Controller
                control={form.control}
                name="gatewayId"
                render={({ field }) => (
                  <RadioGroup
                    value={field.value === '' ? NO_GATEWAY : field.value}
                    onValueChange={(v) => {
                      const next = v === NO_GATEWAY ? '' : v
                      field.onChange(next)
                      if (next !== '') form.setValue('autoAssignGateway', false, { shouldDirty: true })
                    }}
                    disabled={pending}
                    aria-labelledby={ids.gateway}
                    aria-describedby={ids.gatewayHint}
                    className="max-h-56 gap-0 overflow-y-auto rounded-lg border"
                  >
                    {[{ id: NO_GATEWAY, label: 'No gateway' }, ...gatewayOptions].map((option) => {
                      const itemId = `${ids.gateway}-gw-${option.id}`
                      return (
                        <div
                          key={option.id}
                          className="has-[[data-state=checked]]:bg-primary/6 flex items-center gap-3 border-b px-3 py-2.5 last:border-b-0"
                        >
                          <RadioGroupItem id={itemId} value={option.id} />
                          <Label htmlFor={itemId} className="flex-1 cursor-pointer font-normal">
                            {option.label}
                          </Label>
                        </div>
                      )
                    })}
                  </RadioGroup>
                )}
              />
            )}
            {!gateways.isPending && !gateways.error && gatewayOptions.length === 0 ? (
              <p className="text-muted-foreground text-xs">There are no gateways in this key’s networks yet.</p>
            ) : null}
          </div>

          {tags.supported ? (
            <div className="flex flex-col gap-2">
              <p id={ids.tags} className="text-sm leading-none font-medium">
                Tags
              </p>
              <p id={ids.tagsHint} className="text-muted-foreground -mt-0.5 text-xs">
                Devices that join get these tags.
              </p>
              {tags.isPending ? (
                <LoadingPlaceholder label="Loading tags…" rows={['h-6 w-20', 'h-6 w-24']} className="flex gap-2" />
              ) : tags.error ? (
                <QueryError title="Couldn't load tags" error={tags.error} onRetry={tags.refetch} />
              ) : tagGroups.length === 0 ? (
                <p className="text-muted-foreground text-sm">There are no tags in this key’s networks yet.</p>
              ) : (
                <Controller
                  control={form.control}
                  name="tags"
                  render={({ field }) => (
                    <div
                      role="group"
                      aria-labelledby={ids.tags}
                      aria-describedby={ids.tagsHint}
                      className="flex flex-col gap-3"
                    >
                      {tagGroups.map(([network, options]) => (
                        <div key={network} className="flex flex-col gap-2">
                          {multiNetwork ? (
                            <p className="text-muted-foreground text-xs font-medium">{network || 'Other'}</p>
                          ) : null}
                          <div className="flex flex-wrap gap-2">
                            {options.map((option) => {
                              const itemId = `${ids.tags}-tag-${option.id}`
                              const checked = field.value.includes(option.id)
                              return (
                                <div
                                  key={option.id}
                                  className="has-[[data-state=checked]]:border-primary/60 has-[[data-state=checked]]:bg-primary/6 flex items-center gap-2 rounded-md border px-2.5 py-1.5"
                                >
                                  <Checkbox
                                    id={itemId}
                                    checked={checked}
                                    disabled={pending}
                                    onCheckedChange={(next) =>
                                      field.onChange(
                                        next === true
                                          ? [...field.value, option.id]
                                          : field.value.filter((t) => t !== option.id),
                                      )
                                    }
                                  />
                                  <Label htmlFor={itemId} className="cursor-pointer font-normal">
                                    {option.name}
                                  </Label>
                                </div>
                              )
                            })}
                          </div>
                        </div>
                      ))}
                    </div>
                  )}
                />
              )}
            </div>
          ) : tags.capabilitiesLoading ? null : (
            <div className="flex flex-col gap-1">
              <p className="text-sm font-medium">Tags</p>
              <p className="text-muted-foreground text-xs">
                Tags need Netmaker Pro; this server doesn’t offer them.
                {key.tags.length > 0 ? ' The key’s current tags are kept.' : ''}
              </p>
            </div>
          )}

          {form.formState.errors.gatewayId?.message ? (
            <p className="text-destructive text-sm" role="alert">
              {form.formState.errors.gatewayId.message}
            </p>
          ) : null}

          {serverError ? (
            <Alert variant="destructive" role="alert" id={ids.error}>
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
