import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'

import type { CreateKeyFormValues } from '../forms/create-key-form'
import type { CreateKeyStepId } from '../forms/create-key-steps'
import { describeKeyType, summarizeKey } from '../forms/create-key-summary'
import { ACCESS_DENIED } from '../lib/key-action-errors'
import { CreateKeyReviewRow } from './create-key-review-row'

export type CreateKeyReviewStepProps = {
  values: CreateKeyFormValues
  gatewayLabel?: string
  /** Display names of the chosen tags; undefined when the server has no tags. */
  tagNames?: readonly string[]
  defaultSupported: boolean
  /** A server error that belongs to no field. */
  error: string | null
  /** The last attempt failed without a clear answer: retrying first checks whether the key exists. */
  retrySafe: boolean
  busy: boolean
  onEdit: (step: CreateKeyStepId) => void
}

/** Step 5: everything chosen, in plain words, with a way back to each part. */
export function CreateKeyReviewStep({
  values,
  gatewayLabel,
  tagNames,
  defaultSupported,
  error,
  retrySafe,
  busy,
  onEdit,
}: CreateKeyReviewStepProps) {
  const gateway = values.autoAssignGateway
    ? 'Auto-selected'
    : values.gatewayId
      ? (gatewayLabel ?? values.gatewayId)
      : 'No gateway'

  return (
    <div className="grid gap-4">
      {error ? (
        <Alert variant="destructive" role="alert">
          <AlertTitle>The server could not create the key</AlertTitle>
          <AlertDescription className="text-foreground">
            <p>{error}</p>
            <p className="text-muted-foreground mt-1">
              {error === ACCESS_DENIED
                ? 'Your choices are kept: an administrator can create this key from them.'
                : retrySafe
                  ? 'Your choices are kept. Create key first waits a moment and looks for the key on the server, and sends it again only if it is not there. If the server saves it even later than that, a second key can appear: the list shows it.'
                  : 'Your choices are kept. Change what is needed and try again.'}
            </p>
          </AlertDescription>
        </Alert>
      ) : null}

      <p className="bg-muted/60 rounded-lg border px-4 py-3 text-sm leading-relaxed">
        {summarizeKey(values, { gatewayLabel, tagNames, defaultSupported })}.
      </p>

      <dl className="divide-border grid divide-y rounded-lg border text-sm">
        <CreateKeyReviewRow label="Name" step="details" onEdit={onEdit} busy={busy}>
          {values.name.trim()}
        </CreateKeyReviewRow>
        <CreateKeyReviewRow label="Type" step="details" onEdit={onEdit} busy={busy}>
          {describeKeyType(values)}
        </CreateKeyReviewRow>
        {defaultSupported ? (
          <CreateKeyReviewRow label="Default" step="details" onEdit={onEdit} busy={busy}>
            {values.isDefault ? 'Yes: default key for its networks' : 'No'}
          </CreateKeyReviewRow>
        ) : null}
        <CreateKeyReviewRow label="Networks" step="networks" onEdit={onEdit} busy={busy}>
          {values.networks.join(', ')}
        </CreateKeyReviewRow>
        <CreateKeyReviewRow label="Gateway" step="gateway" onEdit={onEdit} busy={busy}>
          {gateway}
        </CreateKeyReviewRow>
        {tagNames ? (
          <CreateKeyReviewRow label="Tags" step="tags" onEdit={onEdit} busy={busy}>
            {tagNames.length > 0 ? tagNames.join(', ') : 'No tags'}
          </CreateKeyReviewRow>
        ) : (
          <CreateKeyReviewRow label="Tags">
            <span className="text-muted-foreground">Tags need Netmaker Pro; this server does not have them.</span>
          </CreateKeyReviewRow>
        )}
      </dl>
    </div>
  )
}
