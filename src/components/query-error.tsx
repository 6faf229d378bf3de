import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'

import { ErrorDetails } from './error-details'

export type QueryErrorProps = {
  /** What failed, e.g. "Couldn't load enrollment keys". */
  title: string
  error: unknown
  onRetry: () => void
  retrying?: boolean
  className?: string
}

/** A failed request: what failed, the server's message, and Retry. */
export function QueryError({ title, error, onRetry, retrying = false, className }: QueryErrorProps) {
  const message = error instanceof Error ? error.message : 'Something went wrong.'
  return (
    <Alert variant="destructive" role="alert" className={className}>
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription className="text-foreground">
        {message}
        <ErrorDetails error={error} />
      </AlertDescription>
      <div className="mt-2">
        <Button variant="outline" size="sm" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </Button>
      </div>
    </Alert>
  )
}
