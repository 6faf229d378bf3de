import { useId } from 'react'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
import type { CreateKeyFormValues } from '../forms/create-key-form'
import { gatewaysIn, useGateways } from '../lib/use-gateways'
import { CreateKeyFieldError } from './create-key-field-error'
import { CreateKeyOptionCard } from './create-key-option-card'
import { LoadingPlaceholder } from '@/components/loading-placeholder'
import { QueryError } from '@/components/query-error'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Label } from '@/components/ui/label'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'
import { Switch } from '@/components/ui/switch'

export type CreateKeyGatewayStepProps = {
  /** Why a previously chosen gateway was cleared (the networks changed), if it was. */
  notice: string | null
  onDismissNotice: () => void
}

/** Radix radio values cannot be empty: this stands for "no gateway" (relay ""). */
const NONE = '__none__'

/** Step 3: auto-select a gateway, or pick one of the relays in the selected networks. */
export function CreateKeyGatewayStep({ notice, onDismissNotice }: CreateKeyGatewayStepProps) {
  const id = useId()
  const gateways = useGateways()
  const {
    control,
    setValue,
    formState: { errors },
  } = useFormContext<CreateKeyFormValues>()
  const networks = useWatch({ control, name: 'networks' })
  const auto = useWatch({ control, name: 'autoAssignGateway' })
  const candidates = gatewaysIn(gateways.gateways, networks)

  const autoHint = `${id}-auto-hint`
  const listLabel = `${id}-list-label`
  const errorId = `${id}-error`

  return (
    <div className="grid gap-5">
      {notice ? (
        <Alert variant="warning" role="status">
          <AlertDescription className="flex items-start justify-between gap-3">
            <span>{notice}</span>
            <button
              type="button"
              onClick={onDismissNotice}
              className="text-muted-foreground hover:text-foreground focus-visible:outline-ring shrink-0 rounded-sm text-xs underline focus-visible:outline-2"
            >
              Dismiss
            </button>
          </AlertDescription>
        </Alert>
      ) : null}

      <Controller
        control={control}
        name="autoAssignGateway"
        render={({ field }) => (
          <div className="flex items-start justify-between gap-4 rounded-lg border p-3">
            <div className="grid gap-1">
              <Label htmlFor={`${id}-auto`}>Auto-select gateway</Label>
              <p id={autoHint} className="text-muted-foreground text-xs">
                Netmaker picks a gateway for each device that joins with this key.
              </p>
            </div>
            <Switch
              id={`${id}-auto`}
              ref={field.ref}
              checked={field.value}
              onCheckedChange={(checked) => {
                field.onChange(checked)
                if (checked) setValue('gatewayId', '', { shouldDirty: true })
                onDismissNotice()
              }}
              aria-describedby={autoHint}
            />
          </div>
        )}
      />

      {auto ? null : (
        <div className="grid gap-3">
          <span id={listLabel} className="text-sm leading-none font-medium">
            Gateway
          </span>
          {gateways.isPending ? (
            <LoadingPlaceholder label="Loading gateways…" rows={['h-10', 'h-10']} />
          ) : gateways.error ? (
            <QueryError title="Couldn't load gateways" error={gateways.error} onRetry={gateways.refetch} />
          ) : (
            <>
              <Controller
                control={control}
                name="gatewayId"
                render={({ field }) => (
                  <RadioGroup
                    aria-labelledby={listLabel}
                    aria-describedby={errors.gatewayId ? errorId : undefined}
                    value={field.value === '' ? NONE : field.value}
                    onValueChange={(value) => {
                      field.onChange(value === NONE ? '' : value)
                      onDismissNotice()
                    }}
                    className="gap-1.5"
                  >
                    <CreateKeyOptionCard
                      htmlFor={`${id}-none`}
                      control={<RadioGroupItem value={NONE} id={`${id}-none`} aria-describedby={`${id}-none-desc`} />}
                      label="No gateway"
                      description="Devices that join use no relay."
                      descriptionId={`${id}-none-desc`}
                      selected={field.value === ''}
                    />
                    {candidates.map((gateway) => {
                      const invalid = Boolean(errors.gatewayId) && field.value === gateway.id
                      return (
                        <CreateKeyOptionCard
                          key={gateway.id}
                          htmlFor={`${id}-gw-${gateway.id}`}
                          control={
                            <RadioGroupItem
                              value={gateway.id}
                              id={`${id}-gw-${gateway.id}`}
                              aria-invalid={invalid ? true : undefined}
                            />
                          }
                          label={gateway.label}
                          selected={field.value === gateway.id}
                          invalid={invalid}
                        />
                      )
                    })}
                  </RadioGroup>
                )}
              />
              {candidates.length === 0 ? (
                <p className="text-muted-foreground text-sm">No gateways in the selected networks.</p>
              ) : null}
            </>
          )}
          <CreateKeyFieldError id={errorId} message={errors.gatewayId?.message} />
        </div>
      )}
    </div>
  )
}
