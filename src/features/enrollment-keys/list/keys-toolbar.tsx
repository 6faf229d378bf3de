import { useEffect, useId, useRef } from 'react'

import { KEY_TYPES, type KeyType } from '@/api/enrollment-keys/schemas'
import { Icon } from '@/components/ui/icon'
import { Input } from '@/components/ui/input'
import { nativeSelectClass } from '@/components/ui/native-select'

import type { SetViewParams } from '../hooks/use-keys-view-params'
import { KEY_TYPE_LABELS } from '../lib/format'
import { STATUS_FILTER_LABELS, STATUS_FILTERS, type StatusFilter, type ViewParams } from '../lib/list-view'

export type KeysToolbarProps = {
  view: ViewParams
  setView: SetViewParams
  networks: readonly string[]
  /** What is typed in the search box (the list follows it at once; the URL a moment later). */
  search: string
  onSearchChange: (search: string) => void
}

const selectClass = nativeSelectClass()

/** True when a keystroke goes to a text field (so "/" types a slash there). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Search ("/" focuses it) and the status, type, network and "Default only" filters. */
export function KeysToolbar({ view, setView, networks, search, onSearchChange }: KeysToolbarProps) {
  const id = useId()
  const searchRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      if (document.querySelector('[role="dialog"]')) return
      event.preventDefault()
      searchRef.current?.focus()
      searchRef.current?.select()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:items-end">
      <div className="relative min-w-0 flex-1 lg:max-w-sm">
        <label htmlFor={`${id}-search`} className="sr-only">
          Search keys
        </label>
        <Icon className="text-muted-foreground pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </Icon>
        <Input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          placeholder="Search by name, network, tag or gateway"
          aria-keyshortcuts="/"
          autoComplete="off"
          spellCheck={false}
          value={search}
          onChange={(e) => onSearchChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && search) {
              e.preventDefault()
              onSearchChange('')
            }
          }}
          className="pr-9 pl-9"
        />
        <kbd
          aria-hidden="true"
          className="text-muted-foreground bg-muted pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2 rounded border px-1.5 font-mono text-[11px] leading-5"
        >
          /
        </kbd>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-status`} className="text-muted-foreground text-xs font-medium">
            Status
          </label>
          <select
            id={`${id}-status`}
            className={selectClass}
            value={view.status ?? ''}
            onChange={(e) => setView({ status: (e.target.value || null) as StatusFilter | null })}
          >
            <option value="">All statuses</option>
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {STATUS_FILTER_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-type`} className="text-muted-foreground text-xs font-medium">
            Type
          </label>
          <select
            id={`${id}-type`}
            className={selectClass}
            value={view.type ?? ''}
            onChange={(e) => setView({ type: (e.target.value || null) as KeyType | null })}
          >
            <option value="">All types</option>
            {KEY_TYPES.map((t) => (
              <option key={t} value={t}>
                {KEY_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-network`} className="text-muted-foreground text-xs font-medium">
            Network
          </label>
          <select
            id={`${id}-network`}
            className={`${selectClass} max-w-48`}
            value={view.network ?? ''}
            onChange={(e) => setView({ network: e.target.value || null })}
          >
            <option value="">All networks</option>
            {view.network && !networks.includes(view.network) ? (
              <option value={view.network}>{view.network}</option>
            ) : null}
            {networks.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <label className="flex h-9 cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="accent-primary size-4 cursor-pointer"
            checked={view.defaultOnly}
            onChange={(e) => setView({ defaultOnly: e.target.checked })}
          />
          Default only
        </label>
      </div>
    </div>
  )
}
