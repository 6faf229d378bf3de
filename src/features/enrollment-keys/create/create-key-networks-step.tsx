import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'

import { networkQueries } from '@/api/networks/queries'
import { LoadingPlaceholder } from '@/components/loading-placeholder'
import { QueryError } from '@/components/query-error'
import { Field, FieldError } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { cn } from '@/lib/utils'

import { CheckboxOptionCard } from '../fields/checkbox-option-card'
import type { CreateKeyFormValues } from '../forms/create-key-form'

export type CreateKeyNetworksStepProps = {
  /** Apply a new selection (the stepper also drops a gateway or tags that no longer fit). */
  onNetworksChange: (networks: string[]) => void
}

/** Step 2: a searchable multi-select of the server's networks. */
export function CreateKeyNetworksStep({ onNetworksChange }: CreateKeyNetworksStepProps) {
  const id = useId()
  const networks = useQuery(networkQueries.list())
  const {
    control,
    formState: { errors },
  } = useFormContext<CreateKeyFormValues>()
  const selected = useWatch({ control, name: 'networks' })
  const [filter, setFilter] = useState('')

  const errorId = `${id}-error`
  const countId = `${id}-count`
  const needle = filter.trim().toLowerCase()
  const all = [...(networks.data ?? [])].sort((a, b) => a.netid.localeCompare(b.netid))
  const shown = needle
    ? all.filter((n) => n.netid.toLowerCase().includes(needle) || (n.addressrange ?? '').toLowerCase().includes(needle))
    : all

  function toggle(netid: string, checked: boolean) {
    const next = checked ? [...selected, netid] : selected.filter((n) => n !== netid)
    onNetworksChange(all.map((n) => n.netid).filter((n) => next.includes(n)))
  }

  return (
    <div className="grid gap-4">
      <Field label="Filter networks">
        {(a11y) => (
          <Input
            {...a11y}
            type="search"
            placeholder="Name or address range"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            autoComplete="off"
          />
        )}
      </Field>

      {networks.isPending ? (
        <LoadingPlaceholder label="Loading networks…" rows={['h-12', 'h-12', 'h-12']} />
      ) : networks.isError ? (
        <QueryError
          title="Couldn't load networks"
          error={networks.error}
          onRetry={() => void networks.refetch()}
          retrying={networks.isFetching}
        />
      ) : (
        <fieldset aria-describedby={cn(countId, errors.networks && errorId)} className="grid gap-2">
          <legend className="sr-only">Networks</legend>
          {all.length === 0 ? (
            <p className="text-muted-foreground text-sm">This server has no networks yet.</p>
          ) : shown.length === 0 ? (
            <p className="text-muted-foreground text-sm">No networks match “{filter.trim()}”.</p>
          ) : (
            <ul className="grid max-h-72 gap-1.5 overflow-y-auto p-0.5">
              {shown.map((network) => {
                const checked = selected.includes(network.netid)
                const boxId = `${id}-net-${network.netid}`
                return (
                  <li key={network.netid}>
                    <CheckboxOptionCard
                      id={boxId}
                      checked={checked}
                      onCheckedChange={(value) => toggle(network.netid, value)}
                      invalid={!!errors.networks}
                      label={network.netid}
                      aside={
                        network.addressrange ? (
                          <span className="text-muted-foreground font-mono text-xs">{network.addressrange}</span>
                        ) : null
                      }
                    />
                  </li>
                )
              })}
            </ul>
          )}
          <p id={countId} className="text-muted-foreground text-xs" aria-live="polite">
            {selected.length === 0
              ? 'No network selected. Choose at least one.'
              : `${selected.length} selected: ${selected.join(', ')}`}
          </p>
          <FieldError id={errorId} message={errors.networks?.message} />
        </fieldset>
      )}
    </div>
  )
}
