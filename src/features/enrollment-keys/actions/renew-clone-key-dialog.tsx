import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { networkQueries } from '@/api/networks/queries'
import { QueryError } from '@/components/query-error'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog'
import { Spinner } from '@/components/ui/spinner'

import { CreateKeyFlow, type CreateKeyPrefill } from '../create/create-key-flow'
import { canRenew, prefillFromKey, type PrefillMode } from '../forms/prefill-from-key'
import { gatewaysIn, useGateways } from '../hooks/use-gateways'
import { RENEW_NOT_TIME_BOUND } from '../lib/key-action-errors'

export type RenewCloneKeyDialogProps = {
  mode: PrefillMode
  keyItem: EnrollmentKey
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * Renew (a new expiry) or clone (one more like it): the create stepper, filled from the key once the
 * networks, gateways and key names it checks against are loaded. Filled once: later list changes do
 * not overwrite what the administrator edits.
 */
export function RenewCloneKeyDialog({ mode: askedMode, keyItem, open, onOpenChange }: RenewCloneKeyDialogProps) {
  // Renew chosen on a key that is not time-bound explains why, and offers a clone instead.
  const [mode, setMode] = useState(askedMode)
  const keys = useQuery(enrollmentKeyQueries.list())
  const networks = useQuery(networkQueries.list())
  const gateways = useGateways()
  const [prefill, setPrefill] = useState<CreateKeyPrefill | null>(null)

  const blocked = mode === 'renew' && !canRenew(keyItem)
  const ready = !blocked && keys.data && networks.data && !gateways.isPending
  if (!prefill && ready) {
    const networkNames = networks.data.map((n) => n.netid)
    const { values, notes } = prefillFromKey(keyItem, mode, {
      now: new Date(),
      takenNames: [...keys.data.map((k) => k.name), ...networkNames],
      networkNames,
      gatewayFits: (id, nets) => gatewaysIn(gateways.gateways, nets).some((g) => g.id === id),
    })
    setPrefill({ mode, source: keyItem, values, notes })
  }

  if (!open) return null
  if (prefill) return <CreateKeyFlow prefill={prefill} onClose={() => onOpenChange(false)} />

  const title = `${mode === 'renew' ? 'Renew' : 'Clone'} key ${keyItem.name || '(no name)'}`
  if (blocked) {
    return (
      <Dialog open onOpenChange={onOpenChange}>
        <DialogContent size="sm">
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{RENEW_NOT_TIME_BOUND}</DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button variant="ghost" onClick={() => onOpenChange(false)}>
              Close
            </Button>
            <Button onClick={() => setMode('clone')}>Clone instead</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    )
  }
  const error = networks.error ?? keys.error
  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent size="lg">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>Filling in the key’s settings…</DialogDescription>
        </DialogHeader>
        {error ? (
          <QueryError
            title="Couldn't load the networks to fill in"
            error={error}
            onRetry={() => {
              void networks.refetch()
              void keys.refetch()
            }}
          />
        ) : (
          <p role="status" className="text-muted-foreground flex items-center gap-2 text-sm">
            <Spinner /> Loading networks and gateways…
          </p>
        )}
      </DialogContent>
    </Dialog>
  )
}
