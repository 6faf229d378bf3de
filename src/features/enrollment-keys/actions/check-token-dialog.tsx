import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'

import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import { QueryError } from '@/components/query-error'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
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

import { useServerName } from '../hooks/use-server-name'
import { DEFAULT_SOON_WINDOW } from '../lib/expiring-soon'
import { matchToken, readToken } from '../lib/inspect-token'
import { TokenMatchResult } from './token-match-result'

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
          <TokenMatchResult
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
