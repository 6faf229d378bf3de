import { useFormContext, useWatch } from 'react-hook-form'

import { Alert, AlertDescription } from '@/components/ui/alert'

import { type GatewayChoice, GatewayPicker } from '../fields/gateway-picker'
import type { CreateKeyFormValues } from '../forms/create-key-form'

export type CreateKeyGatewayStepProps = {
  /** Why a previously chosen gateway was cleared (the networks changed), if it was. */
  notice: string | null
  onDismissNotice: () => void
}

/** Step 3: auto-select a gateway, or pick one of the relays in the selected networks. */
export function CreateKeyGatewayStep({ notice, onDismissNotice }: CreateKeyGatewayStepProps) {
  const {
    control,
    setValue,
    formState: { errors },
  } = useFormContext<CreateKeyFormValues>()
  const [networks, autoAssignGateway, gatewayId] = useWatch({
    control,
    name: ['networks', 'autoAssignGateway', 'gatewayId'],
  })

  function onChange(next: GatewayChoice) {
    setValue('autoAssignGateway', next.autoAssignGateway, { shouldDirty: true })
    // Validated again so that a server error about the old gateway goes.
    setValue('gatewayId', next.gatewayId, { shouldDirty: true, shouldValidate: Boolean(errors.gatewayId) })
    onDismissNotice()
  }

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
      <GatewayPicker
        value={{ autoAssignGateway, gatewayId }}
        onChange={onChange}
        networks={networks}
        autoHint="Netmaker picks a gateway for each device that joins with this key."
        emptyText="No gateways in the selected networks."
        error={errors.gatewayId?.message}
      />
    </div>
  )
}
