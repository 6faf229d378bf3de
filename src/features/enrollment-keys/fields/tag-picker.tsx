import { useId } from 'react'

import { LoadingPlaceholder } from '@/components/loading-placeholder'
import { QueryError } from '@/components/query-error'
import type { FieldControlProps } from '@/components/ui/field'

import { tagNameFromId, type TagOption, useTags } from '../hooks/use-tags'
import { CheckboxOptionCard } from './checkbox-option-card'

export type TagPickerProps = {
  /** The key's networks: their tags are offered, grouped by network. */
  networks: readonly string[]
  /** Tag ids ("<network>.<tag>"). */
  value: readonly string[]
  onChange: (next: string[]) => void
  /** Tags to offer even when the server no longer lists them (the key's current ones), so saving keeps them. */
  keep?: readonly string[]
  /** Said instead of the groups when none of the networks has a tag (default: said for each network). */
  emptyText?: string
  disabled?: boolean
  /** The name and description of the group, from its `Field`. */
  a11y?: FieldControlProps
}

/** Tags given to devices that join, as checkboxes grouped by network (Pro servers). */
export function TagPicker({ networks, value, onChange, keep = [], emptyText, disabled = false, a11y }: TagPickerProps) {
  const id = useId()
  const tags = useTags(networks)

  if (tags.isPending) return <LoadingPlaceholder label="Loading tags…" rows={['h-10', 'h-10']} />
  if (tags.error) return <QueryError title="Couldn't load tags" error={tags.error} onRetry={tags.refetch} />

  const options: TagOption[] = [...tags.tags]
  for (const tagId of keep) {
    if (!options.some((o) => o.id === tagId)) {
      const network = networks.find((n) => tagId.startsWith(`${n}.`)) ?? ''
      options.push({ id: tagId, name: tagNameFromId(tagId, networks), network })
    }
  }
  const groups = [...networks, ...(options.some((o) => o.network === '') ? [''] : [])].map((network) => ({
    network,
    tags: options.filter((t) => t.network === network),
  }))
  if (emptyText && options.length === 0) return <p className="text-muted-foreground text-sm">{emptyText}</p>

  function toggle(tagId: string, checked: boolean) {
    onChange(checked ? [...value, tagId] : value.filter((t) => t !== tagId))
  }

  return (
    <div role={a11y ? 'group' : undefined} {...a11y} className="grid max-h-80 gap-4 overflow-y-auto p-0.5">
      {groups.map((group) => (
        <fieldset key={group.network} className="grid gap-1.5">
          <legend className="mb-1.5 text-sm font-medium">{group.network || 'Other'}</legend>
          {group.tags.length === 0 ? (
            <p className="text-muted-foreground text-sm">No tags in this network.</p>
          ) : (
            <ul className="grid gap-1.5 sm:grid-cols-2">
              {group.tags.map((tag) => {
                const boxId = `${id}-${tag.id}`
                const checked = value.includes(tag.id)
                return (
                  <li key={tag.id}>
                    <CheckboxOptionCard
                      id={boxId}
                      checked={checked}
                      disabled={disabled}
                      onCheckedChange={(next) => toggle(tag.id, next)}
                      label={
                        <>
                          {tag.name}
                          {/* Several networks can have a tag of the same name. */}
                          {networks.length > 1 ? <span className="sr-only"> ({group.network})</span> : null}
                        </>
                      }
                    />
                  </li>
                )
              })}
            </ul>
          )}
        </fieldset>
      ))}
    </div>
  )
}
