import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'

import { stopsSoon } from '../lib/expiring-soon'
import type { TokenMatch } from '../lib/inspect-token'
import { keyStatus } from '../lib/key-status'
import { KeyStatusBadge } from '../list/key-status-badge'

export type TokenMatchResultProps = {
  match: TokenMatch
  now: Date
  soonWindowDays: number
  onOpenKey: (id: string) => void
}

/** What a checked token is: made for another server, a key this server no longer has, or one of its keys. */
export function TokenMatchResult({ match, now, soonWindowDays, onOpenKey }: TokenMatchResultProps) {
  if (match.kind === 'other-server') {
    return (
      <Alert variant="warning">
        <AlertTitle>Made for another server</AlertTitle>
        <AlertDescription>
          The token names <span className="font-mono">{match.serverInToken}</span>
          {match.thisServer ? (
            <>
              ; this server’s tokens name <span className="font-mono">{match.thisServer}</span>
            </>
          ) : null}
          . A device joining with it contacts that server, not this one.
        </AlertDescription>
      </Alert>
    )
  }
  if (match.kind === 'unknown-key') {
    return (
      <Alert variant="destructive">
        <AlertTitle>No key of this server has this token</AlertTitle>
        <AlertDescription className="text-foreground">
          It was made by this server, but its key was deleted or its token was regenerated since. It cannot be used to
          join.
        </AlertDescription>
      </Alert>
    )
  }
  const { key } = match
  const status = keyStatus(key, now)
  const soon = status.status === 'valid' ? stopsSoon(key, now, soonWindowDays) : null
  const usable = status.status === 'valid'
  return (
    <div className="grid gap-3 rounded-lg border p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-0.5">
          <p className="text-muted-foreground text-xs font-medium">Key on this server</p>
          <p className="flex items-center gap-2 font-medium break-all">
            {key.name || '(no name)'}
            {key.isDefault ? <Badge>Default</Badge> : null}
          </p>
        </div>
        <Button variant="outline" size="sm" onClick={() => onOpenKey(key.id)}>
          Open key
        </Button>
      </div>
      <div className="flex flex-col items-start gap-1">
        <KeyStatusBadge info={{ ...status, expiryWarning: null }} showReason={false} />
        <p className="text-sm">
          {usable ? 'Can be used to join: ' : 'Cannot be used to join: '}
          <span className="text-muted-foreground">{status.reason}</span>
        </p>
        {soon ? <p className="text-warning text-sm font-medium">{soon.reason}.</p> : null}
      </div>
      {match.sameServer ? null : (
        <Alert variant="warning">
          <AlertTitle>The token names another server address</AlertTitle>
          <AlertDescription>
            It carries this key, but names <span className="font-mono">{match.serverInToken}</span>; a device joining
            with it contacts that address. Copy a fresh token from the key instead.
          </AlertDescription>
        </Alert>
      )}
    </div>
  )
}
