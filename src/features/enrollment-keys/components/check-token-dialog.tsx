import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import { QueryError } from '@/components/query-error'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
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
import { Label } from '@/components/ui/label'
import { DEFAULT_SOON_WINDOW, stopsSoon } from '../lib/expiring-soon'
import { matchToken, readToken, type TokenMatch } from '../lib/inspect-token'
import { keyStatus } from '../lib/key-status'
import { useServerName } from '../lib/use-server-name'
import { KeyStatusBadge } from './key-status-badge'

export type CheckTokenDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Show the key a token belongs to (closes this dialog first). */
  onOpenKey: (id: string) => void
  /** The "expiring soon" window, in days. */
  soonWindowDays?: number
}

/** The last characters of a key value, for telling keys apart without showing the value. */
function tail(value: string): string {
  return `••••${value.slice(-4)}`
}

function MatchResult({
  match,
  now,
  soonWindowDays,
  onOpenKey,
}: {
  match: TokenMatch
  now: Date
  soonWindowDays: number
  onOpenKey: (id: string) => void
}) {
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

/**
 * "Check a token": paste a token or a join command; it is decoded here in the browser and matched
 * against the key list. Nothing is sent to the server but the ordinary key list request.
 */
export function CheckTokenDialog({
  open,
  onOpenChange,
  onOpenKey,
  soonWindowDays = DEFAULT_SOON_WINDOW,
}: CheckTokenDialogProps) {
  const id = useId()
  const [text, setText] = useState('')
  const keys = useQuery(enrollmentKeyQueries.list())
  const { tokenServer } = useServerName()
  const reading = useMemo(() => readToken(text), [text])
  const now = new Date()

  let result = null
  if (reading.kind === 'malformed') {
    result = (
      <Alert variant="destructive">
        <AlertTitle>Not a token this console can read</AlertTitle>
        <AlertDescription className="text-foreground">{reading.message}</AlertDescription>
      </Alert>
    )
  } else if (reading.kind === 'decoded') {
    const { decoded } = reading
    result = (
      <div className="grid gap-3">
        <dl className="bg-muted/40 grid gap-x-6 gap-y-2 rounded-lg border px-4 py-3 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-muted-foreground">Server in the token</dt>
          <dd className="font-mono break-all">{decoded.server}</dd>
          <dt className="text-muted-foreground">Key value</dt>
          <dd className="font-mono" aria-label={`ending in ${decoded.value.slice(-4)}`}>
            {tail(decoded.value)}
          </dd>
        </dl>
        {keys.data ? (
          <MatchResult
            match={matchToken(decoded, keys.data, tokenServer)}
            now={now}
            soonWindowDays={soonWindowDays}
            onOpenKey={onOpenKey}
          />
        ) : keys.isError ? (
          <QueryError
            title="Couldn't load the key list to compare with"
            error={keys.error}
            onRetry={() => void keys.refetch()}
            retrying={keys.isFetching}
          />
        ) : (
          <p className="text-muted-foreground text-sm">Loading the key list…</p>
        )}
      </div>
    )
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent size="md">
        <DialogHeader>
          <DialogTitle>Check a token</DialogTitle>
          <DialogDescription>
            Find out which key a token belongs to and whether it still works. It is read here in your browser; it is not
            sent anywhere.
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-2">
          <Label htmlFor={`${id}-token`}>Token or join command</Label>
          <textarea
            id={`${id}-token`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            placeholder="netclient join -t eyJzZXJ2ZXIiOi…"
            aria-describedby={`${id}-hint`}
            className="border-input bg-card focus-visible:border-ring focus-visible:outline-ring/40 min-h-20 w-full resize-y rounded-md border px-3 py-2 font-mono text-xs break-all shadow-xs focus-visible:outline-2 focus-visible:outline-offset-0"
          />
          <p id={`${id}-hint`} className="text-muted-foreground text-xs">
            The token alone, or a whole <code className="font-mono">netclient join -t …</code> or Docker command.
          </p>
        </div>
        <div role="status" aria-live="polite" aria-atomic="true">
          {result}
        </div>
        <DialogFooter className="border-t pt-4">
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Close
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
