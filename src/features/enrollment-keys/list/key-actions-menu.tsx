import { type ReactNode, useId } from 'react'

import { isDeletable } from '@/api/enrollment-keys/rules'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { Icon } from '@/components/ui/icon'

import { canRenew } from '../forms/prefill-from-key'
import { useCanChangeKeys } from '../hooks/use-can-change-keys'
import { useServerCapabilities } from '../hooks/use-server-capabilities'
import {
  defaultKeyNotDeletable,
  REGENERATE_UNSUPPORTED,
  RENEW_NOT_TIME_BOUND,
  SET_DEFAULT_UNSUPPORTED,
} from '../lib/key-action-errors'
import { preloadKeyActionDialogs } from '../page/key-dialogs'
import { useKeysPageActions } from '../state/keys-page-context'
import type { KeyAction } from '../state/keys-page-state'

export type KeyActionsMenuProps = {
  keyItem: EnrollmentKey
}

const icons = {
  details: <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Zm10 3a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z" />,
  edit: <path d="M12 20h9M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4Z" />,
  default: <path d="m12 2 3.09 6.26L22 9.27l-5 4.87 1.18 6.88L12 17.77l-6.18 3.25L7 14.14 2 9.27l6.91-1.01Z" />,
  regenerate: <path d="M21 12a9 9 0 1 1-3-6.7L21 8M21 3v5h-5" />,
  delete: <path d="M3 6h18M8 6V4h8v2M6 6l1 14h10l1-14M10 11v6M14 11v6" />,
  renew: <path d="M12 8v4l3 2M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5" />,
  clone: <path d="M8 8h12v12H8zM4 16V4h12" />,
} satisfies Record<string, ReactNode>

/**
 * The row's "Actions for <name>" menu. An action that can't be done on this key stays in the menu,
 * marked unavailable with its reason written under it (and linked as its description); choosing it
 * opens the explanation, so keyboard and screen-reader users can reach the reason too.
 */
export function KeyActionsMenu({ keyItem: key }: KeyActionsMenuProps) {
  const { openAction, openDetails } = useKeysPageActions()
  const caps = useServerCapabilities()
  const can = useCanChangeKeys()
  const id = useId()

  const blocked: Partial<Record<KeyAction, string>> = {}
  if (!caps.setDefault) blocked['set-default'] = SET_DEFAULT_UNSUPPORTED
  if (!caps.regenerateToken) blocked.regenerate = REGENERATE_UNSUPPORTED
  if (!isDeletable(key)) blocked.delete = defaultKeyNotDeletable(caps.setDefault)
  if (!canRenew(key)) blocked.renew = RENEW_NOT_TIME_BOUND

  function item(action: KeyAction, label: string, icon: ReactNode, variant: 'default' | 'destructive' = 'default') {
    const reason = blocked[action]
    const labelId = `${id}-${action}`
    const reasonId = `${id}-${action}-reason`
    return (
      <DropdownMenuItem
        variant={reason ? 'default' : variant}
        onSelect={() => openAction(action, key)}
        aria-disabled={reason ? true : undefined}
        aria-labelledby={labelId}
        aria-describedby={reason ? reasonId : undefined}
        className={reason ? 'items-start' : undefined}
      >
        <span className={reason ? 'text-muted-foreground mt-0.5' : undefined}>
          <Icon>{icon}</Icon>
        </span>
        <span className="flex flex-col gap-0.5">
          <span id={labelId} className={reason ? 'text-muted-foreground' : undefined}>
            {label}
          </span>
          {reason ? (
            <span id={reasonId} className="text-muted-foreground max-w-56 text-xs leading-snug whitespace-normal">
              {reason}
            </span>
          ) : null}
        </span>
      </DropdownMenuItem>
    )
  }

  return (
    <DropdownMenu
      onOpenChange={(isOpen) => {
        if (isOpen) preloadKeyActionDialogs()
      }}
    >
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${key.name}`}>
          <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
            <circle cx="5" cy="12" r="1.75" />
            <circle cx="12" cy="12" r="1.75" />
            <circle cx="19" cy="12" r="1.75" />
          </svg>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align="end"
        className="w-60"
        aria-label={`Actions for ${key.name}`}
        aria-describedby={can.allowed ? undefined : `${id}-read-only`}
      >
        <DropdownMenuLabel className="truncate">{key.name}</DropdownMenuLabel>
        <DropdownMenuItem onSelect={() => openDetails(key.id)}>
          <Icon>{icons.details}</Icon>
          View details
        </DropdownMenuItem>
        {can.allowed ? (
          <>
            {item('edit', 'Edit', icons.edit)}
            {key.isDefault ? null : item('set-default', 'Set as default', icons.default)}
            {item('regenerate', 'Regenerate token', icons.regenerate)}
            {item('renew', 'Renew', icons.renew)}
            {item('clone', 'Clone', icons.clone)}
            <DropdownMenuSeparator />
            {item('delete', 'Delete', icons.delete, 'destructive')}
          </>
        ) : (
          <p id={`${id}-read-only`} className="text-muted-foreground px-2 py-1.5 text-xs leading-snug">
            {can.reason}
          </p>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
