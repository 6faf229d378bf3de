import { useFormContext, useWatch } from 'react-hook-form'

import { TagPicker } from '../fields/tag-picker'
import type { CreateKeyFormValues } from '../forms/create-key-form'

export type CreateKeyTagsStepProps = Record<string, never>

/** Step 4 (Pro servers): tags given to devices that join, grouped by network. */
export function CreateKeyTagsStep(_props: CreateKeyTagsStepProps) {
  const { control, setValue } = useFormContext<CreateKeyFormValues>()
  const [networks, tags] = useWatch({ control, name: ['networks', 'tags'] })
  return (
    <div className="grid gap-4">
      <p className="text-muted-foreground text-sm">
        Devices that join with this key get these tags, which policies and gateways can use. Optional.
      </p>
      <TagPicker networks={networks} value={tags} onChange={(next) => setValue('tags', next, { shouldDirty: true })} />
    </div>
  )
}
