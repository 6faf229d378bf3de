import { useId } from 'react'

import { withGatewayRule } from '@/api/enrollment-keys/rules'
import { LoadingPlaceholder } from '@/components/loading-placeholder'
import { QueryError } from '@/components/query-error'
import { Field } from '@/components/ui/field'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'
import { Switch } from '@/components/ui/switch'

import { gatewaysIn, useGateways } from '../hooks/use-gateways'
import { CreateKeyOptionCard } from './create-key-option-card'

/** The form's gateway fields: `gatewayId` is "" for no gateway. */
export type GatewayChoice = { autoAssignGateway: boolean; gatewayId: string }

export type GatewayPickerProps = {
  value: GatewayChoice
  onChange: (next: GatewayChoice) => void
  /** The key's networks: only their gateways are offered. */
  networks: readonly string[]
  /** A gateway to offer even when the list no longer knows it (the key's current one), so saving keeps it. */
  keepId?: string
  /** Keep the list on screen while auto-select is on (choosing a gateway then turns auto-select off). */
  listWhileAuto?: boolean
  autoHint: string
  listHint?: string
  /** Said when the networks have no gateway. */
  emptyText: string
  /** The error of the gateway (from the server). */
  error?: string
  disabled?: boolean
}

/** Radix radio values cannot be empty: this stands for "no gateway" (`gatewayId` ""). */
const NO_GATEWAY = '__none__'

/** Auto-select a gateway, or pick one of the relays in the key's networks (or none). */
export function GatewayPicker({
  value,
  onChange,
  networks,
  keepId,
  listWhileAuto = false,
  autoHint,
  listHint,
  emptyText,
  error,
  disabled = false,
}: GatewayPickerProps) {
  const id = useId()
  const gateways = useGateways()
  const options = gatewaysIn(gateways.gateways, networks).map((g) => ({ id: g.id, label: g.label }))
  if (keepId && !options.some((o) => o.id === keepId)) {
    const label = gateways.byId.get(keepId)?.label ?? `Unknown gateway (${keepId.slice(0, 8)}…)`
    options.unshift({ id: keepId, label })
  }

  return (
    <div className="grid gap-5">
      <Field label="Auto-select gateway" hint={autoHint} layout="end" className="rounded-lg border p-3">
        {(a11y) => (
          <Switch
            {...a11y}
            checked={value.autoAssignGateway}
            disabled={disabled}
            onCheckedChange={(on) =>
              onChange(on ? { autoAssignGateway: true, gatewayId: '' } : { ...value, autoAssignGateway: false })
            }
          />
        )}
      </Field>

      {value.autoAssignGateway && !listWhileAuto ? null : (
        <Field label="Gateway" hint={listHint} error={error} group className="gap-3">
          {(a11y) =>
            gateways.isPending ? (
              <LoadingPlaceholder label="Loading gateways…" rows={['h-10', 'h-10']} />
            ) : gateways.error ? (
              <QueryError title="Couldn't load gateways" error={gateways.error} onRetry={gateways.refetch} />
            ) : (
              <>
                <RadioGroup
                  {...a11y}
                  value={value.gatewayId === '' ? NO_GATEWAY : value.gatewayId}
                  onValueChange={(picked) =>
                    onChange(withGatewayRule({ ...value, gatewayId: picked === NO_GATEWAY ? '' : picked }))
                  }
                  disabled={disabled}
                  className="max-h-72 gap-1.5 overflow-y-auto p-0.5"
                >
                  <CreateKeyOptionCard
                    htmlFor={`${id}-none`}
                    control={
                      <RadioGroupItem value={NO_GATEWAY} id={`${id}-none`} aria-describedby={`${id}-none-desc`} />
                    }
                    label="No gateway"
                    description="Devices that join use no relay."
                    descriptionId={`${id}-none-desc`}
                    selected={value.gatewayId === ''}
                  />
                  {options.map((gateway) => {
                    const selected = value.gatewayId === gateway.id
                    const invalid = Boolean(error) && selected
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
                        selected={selected}
                        invalid={invalid}
                      />
                    )
                  })}
                </RadioGroup>
                {options.length === 0 ? <p className="text-muted-foreground text-sm">{emptyText}</p> : null}
              </>
            )
          }
        </Field>
      )}
    </div>
  )
}
