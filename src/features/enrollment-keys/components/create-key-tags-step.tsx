import { useId } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { CreateKeyFormValues } from '../forms/create-key-form'
import { useTags, type TagOption } from '../lib/use-tags'
import { CreateKeyOptionCard } from './create-key-option-card'
import { LoadingPlaceholder } from '@/components/loading-placeholder'
import { QueryError } from '@/components/query-error'
import { Checkbox } from '@/components/ui/checkbox'

export type CreateKeyTagsStepProps = Record<string, never>

/** Step 4 (Pro servers): tags given to devices that join, grouped by network. */
export function CreateKeyTagsStep(_props: CreateKeyTagsStepProps) {
  const id = useId()
  const { control, setValue } = useFormContext<CreateKeyFormValues>()
  const networks = useWatch({ control, name: 'networks' })
  const selected = useWatch({ control, name: 'tags' })
  const tags = useTags(networks)

  function toggle(tagId: string, checked: boolean) {
    const next = checked ? [...selected, tagId] : selected.filter((t) => t !== tagId)
    setValue('tags', next, { shouldDirty: true })
  }

  const groups = networks.map((network) => ({
    network,
    tags: tags.tags.filter((t: TagOption) => t.network === network),
  }))

  return (
    <div className="grid gap-4">
      <p className="text-muted-foreground text-sm">
        Devices that join with this key get these tags, which policies and gateways can use. Optional.
      </p>
      {tags.isPending ? (
        <LoadingPlaceholder label="Loading tags…" rows={['h-10', 'h-10']} />
      ) : tags.error ? (
        <QueryError title="Couldn't load tags" error={tags.error} onRetry={tags.refetch} />
      ) : (
        <div className="grid max-h-80 gap-4 overflow-y-auto p-0.5">
          {groups.map((group) => (
            <fieldset key={group.network} className="grid gap-1.5">
              <legend className="mb-1.5 text-sm font-medium">{group.network}</legend>
              {group.tags.length === 0 ? (
                <p className="text-muted-foreground text-sm">No tags in this network.</p>
              ) : (
                <ul className="grid gap-1.5 sm:grid-cols-2">
                  {group.tags.map((tag) => {
                    const boxId = `${id}-${tag.id}`
                    const checked = selected.includes(tag.id)
                    return (
                      <li key={tag.id}>
                        <CreateKeyOptionCard
                          htmlFor={boxId}
                          control={
                            <Checkbox
                              id={boxId}
                              checked={checked}
                              onCheckedChange={(value) => toggle(tag.id, value === true)}
                            />
                          }
                          label={
                            <>
                              {tag.name}
                              <span className="sr-only"> ({group.network})</span>
                            </>
                          }
                          selected={checked}
                        />
                      </li>
                    )
                  })}
                </ul>
              )}
            </fieldset>
          ))}
        </div>
      )}
    </div>
  )
}
