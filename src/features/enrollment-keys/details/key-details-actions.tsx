import { useId } from 'react'

import { isDeletable } from '@/api/enrollment-keys/rules'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { Button } from '@/components/ui/button'

import { canRenew } from '../forms/prefill-from-key'
import { useCanChangeKeys } from '../hooks/use-can-change-keys'
import { useServerCapabilities } from '../hooks/use-server-capabilities'
import {
  defaultKeyNotDeletable,
  REGENERATE_UNSUPPORTED,
  RENEW_NOT_TIME_BOUND,
  SET_DEFAULT_UNSUPPORTED,
} from '../lib/key-action-errors'
import { useKeysPageActions } from '../state/keys-page-context'
import type { KeyAction } from '../state/keys-page-state'

export type KeyDetailsActionsProps = {
  keyItem: EnrollmentKey
}

/**
 * Edit / Set as default / Regenerate token / Delete for the details view. An action that can't be
 * done stays focusable (aria-disabled) with its reason written below and linked as its description;
 * pressing it opens the explanation.
 */
export function KeyDetailsActions({ keyItem: key }: KeyDetailsActionsProps) {
  const { openAction: open } = useKeysPageActions()
  const caps = useServerCapabilities()
  const can = useCanChangeKeys()
  const id = useId()

  const reasons: { action: KeyAction; text: string }[] = []
  if (!key.isDefault && !caps.setDefault) reasons.push({ action: 'set-default', text: SET_DEFAULT_UNSUPPORTED })
  if (!caps.regenerateToken) reasons.push({ action: 'regenerate', text: REGENERATE_UNSUPPORTED })
  if (!isDeletable(key)) reasons.push({ action: 'delete', text: defaultKeyNotDeletable(caps.setDefault) })
  if (!canRenew(key)) reasons.push({ action: 'renew', text: RENEW_NOT_TIME_BOUND })
  const reasonOf = (action: KeyAction) => reasons.find((r) => r.action === action)
  const reasonId = (action: KeyAction) => `${id}-${action}`

  function blockedProps(action: KeyAction) {
    return reasonOf(action) ? { 'aria-disabled': true, 'aria-describedby': reasonId(action) } : {}
  }

  if (!can.allowed) return <p className="text-muted-foreground w-full text-xs">{can.reason}</p>

  return (
    <div className="flex w-full flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" size="sm" onClick={() => open('edit', key)}>
          Edit
        </Button>
        {key.isDefault ? null : (
          <Button variant="outline" size="sm" onClick={() => open('set-default', key)} {...blockedProps('set-default')}>
            Set as default
          </Button>
        )}
        <Button variant="outline" size="sm" onClick={() => open('regenerate', key)} {...blockedProps('regenerate')}>
          Regenerate token
        </Button>
        <Button variant="outline" size="sm" onClick={() => open('renew', key)} {...blockedProps('renew')}>
          Renew
        </Button>
        <Button variant="outline" size="sm" onClick={() => open('clone', key)}>
          Clone
        </Button>
        <Button
          variant={isDeletable(key) ? 'destructive' : 'outline'}
          size="sm"
          className="sm:ml-auto"
          onClick={() => open('delete', key)}
          {...blockedProps('delete')}
        >
          Delete
        </Button>
      </div>
      {reasons.length > 0 ? (
        <ul className="text-muted-foreground flex flex-col gap-0.5 text-xs">
          {reasons.map((r) => (
            <li key={r.action} id={reasonId(r.action)}>
              {r.text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
