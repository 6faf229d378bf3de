import { type ReactNode, useState } from 'react'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { CopyButton } from '@/components/copy-button'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog'
import { formatDateTime, formatRelative } from '@/lib/format'
import { showInvisibleCharacters } from '@/lib/visible-text'

import { useFreshCopy } from '../hooks/use-fresh-copy'
import { useGateways } from '../hooks/use-gateways'
import { useKeysViewParams } from '../hooks/use-keys-view-params'
import { tagNameFromId } from '../hooks/use-tags'
import { stopsSoon } from '../lib/expiring-soon'
import { maskToken, typeLabel, usageLabel } from '../lib/format'
import { keyStatus } from '../lib/key-status'
import { KeyStatusBadge } from '../list/key-status-badge'
import { DeviceOnboarding } from './device-onboarding'
import { EnrolledDevices } from './enrolled-devices'
import { KeyDetailsActions } from './key-details-actions'

export type KeyDetailsDialogProps = {
  keyItem: EnrollmentKey
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Where focus goes once the details have closed (call `preventDefault` to take over). */
  onCloseAutoFocus?: (event: Event) => void
}

function Field({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'flex flex-col gap-1 sm:col-span-2' : 'flex flex-col gap-1'}>
      <dt className="text-muted-foreground text-xs font-medium">{label}</dt>
      <dd className="min-w-0 text-sm">{children}</dd>
    </div>
  )
}

function None() {
  return <span className="text-muted-foreground">—</span>
}

/** Every field of a key, its token (masked until revealed) and the join commands. */
export function KeyDetailsDialog({ keyItem: key, open, onOpenChange, onCloseAutoFocus }: KeyDetailsDialogProps) {
  const [revealed, setRevealed] = useState(false)
  const { byId } = useGateways()
  const now = new Date()
  const [view] = useKeysViewParams()
  // The "expiring soon" mark follows the page's window and counts keys running out of uses, like the row.
  const soon = stopsSoon(key, now, view.within)
  const status = { ...keyStatus(key, now), expiryWarning: soon ? soon.reason : null }
  const gateway = key.gatewayId ? byId.get(key.gatewayId) : undefined
  const shownToken = revealed ? key.token : maskToken(key.token)
  // Copies check first that the token is still current (it may have been regenerated elsewhere).
  const freshCopy = useFreshCopy(key)

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent size="lg" onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <div className="flex flex-wrap items-center gap-2">
            <DialogTitle className="break-all">{showInvisibleCharacters(key.name) || '(no name)'}</DialogTitle>
            {key.isDefault ? <Badge>Default</Badge> : null}
          </div>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <DialogDescription>
              Enrollment key details{key.isDefault ? ` · the default key for ${key.networks.join(', ')}` : ''}
            </DialogDescription>
            {/* The page's address names the key (never its token), so it opens these details again. */}
            <CopyButton
              value={detailsLink()}
              label="Copy link"
              title="Copy a link that opens these details (it names the key, never its token)"
              resolveValue={() => Promise.resolve(detailsLink())}
            />
          </div>
        </DialogHeader>

        <dl className="bg-muted/30 grid gap-x-6 gap-y-4 rounded-lg border p-4 sm:grid-cols-2">
          <Field label="Status" wide>
            <div className="flex flex-col items-start gap-1">
              <KeyStatusBadge info={status} showReason={false} />
              <span className="text-muted-foreground text-xs">{status.reason}</span>
            </div>
          </Field>
          <Field label="Type">{typeLabel(key)}</Field>
          <Field label="Usage">{usageLabel(key)}</Field>
          <Field label="Expires">
            {key.expiresAt ? (
              <span>
                {formatDateTime(key.expiresAt)}{' '}
                <span className="text-muted-foreground">({formatRelative(key.expiresAt, now)})</span>
              </span>
            ) : (
              'Never'
            )}
          </Field>
          <Field label="Networks">
            {key.networks.length ? (
              <div className="flex flex-wrap gap-1">
                {key.networks.map((n) => (
                  <Badge key={n} variant="outline">
                    {n}
                  </Badge>
                ))}
              </div>
            ) : (
              <None />
            )}
          </Field>
          <Field label="Gateway">
            {gateway ? gateway.label : key.gatewayId ? key.gatewayId : key.autoAssignGateway ? 'Auto-select' : <None />}
          </Field>
          <Field label="Tags">
            {key.tags.length ? (
              <div className="flex flex-wrap gap-1">
                {key.tags.map((t) => (
                  <Badge key={t} variant="secondary">
                    {tagNameFromId(t, key.networks)}
                  </Badge>
                ))}
              </div>
            ) : (
              <None />
            )}
          </Field>
          <Field label="Auto egress">{key.autoEgress ? 'Yes' : 'No'}</Field>
          {key.createdBy ? <Field label="Created by">{key.createdBy}</Field> : null}
          {key.createdAt ? <Field label="Created">{formatDateTime(key.createdAt)}</Field> : null}
          {key.updatedAt ? <Field label="Updated">{formatDateTime(key.updatedAt)}</Field> : null}
        </dl>

        <section aria-labelledby="key-details-token" className="flex flex-col gap-4">
          <div className="flex flex-col gap-1.5">
            <div className="flex items-center justify-between gap-2">
              <h3 id="key-details-token" className="text-sm font-medium">
                Token
              </h3>
              <div className="flex items-center gap-2">
                <Button
                  variant="outline"
                  size="sm"
                  aria-pressed={revealed}
                  className={revealed ? 'bg-accent' : undefined}
                  onClick={() => setRevealed((v) => !v)}
                >
                  Reveal token
                </Button>
                <CopyButton value={key.token} label="Copy token" resolveValue={() => freshCopy((k) => k.token)} />
              </div>
            </div>
            <code
              aria-label={revealed ? 'Token' : 'Token (masked)'}
              className="bg-muted rounded-md border px-3 py-2 font-mono text-xs break-all"
            >
              {shownToken}
            </code>
          </div>
        </section>

        <DeviceOnboarding keyItem={key} revealed={revealed} freshToken={() => freshCopy((k) => k.token)} />
        <EnrolledDevices keyItem={key} />

        <DialogFooter className="border-t pt-4">
          <KeyDetailsActions keyItem={key} />
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}

/** This page's address, which carries `?key=<name>` while the details are open. */
function detailsLink(): string {
  return window.location.href
}
