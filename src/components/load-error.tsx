import { type ReactNode, Suspense, useId } from 'react'

import { Button } from '@/components/ui/button'
import { isChunkLoadError } from '@/lib/lazy-with-retry'
import { cn } from '@/lib/utils'

import { ErrorBoundary } from './error-boundary'

function explain(error: unknown): { title: string; text: string } {
  if (isChunkLoadError(error)) {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      return {
        title: 'You are offline',
        text: 'This part of the console has not been loaded yet and cannot be while offline. Reconnect, then Retry.',
      }
    }
    return {
      title: "Couldn't load this part of the console",
      text: 'The connection failed, or the console was updated since this page was opened. Retry, or Reload the page to get the current version.',
    }
  }
  return {
    title: 'Something went wrong while showing this',
    text: 'Reload the page to start again. If it happens again, the details below help whoever looks into it.',
  }
}

type LoadErrorProps = {
  error: unknown
  onRetry: () => void
  /** Shown as a panel over the page (a dialog that failed) rather than in the page's flow. */
  floating?: boolean
  onClose?: () => void
}

/** A part of the page that failed to load or render: what happened, Retry, Reload (and Close for dialogs). */
export function LoadError({ error, onRetry, floating = false, onClose }: LoadErrorProps) {
  const id = useId()
  const { title, text } = explain(error)
  const chunk = isChunkLoadError(error)
  return (
    <div
      role="alert"
      aria-labelledby={`${id}-title`}
      className={cn(
        'bg-card text-card-foreground flex flex-col gap-3 rounded-xl border p-5 shadow-sm',
        floating && 'fixed top-1/3 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 shadow-lg',
      )}
    >
      <p id={`${id}-title`} className="font-semibold">
        {title}
      </p>
      <p className="text-muted-foreground text-sm">{text}</p>
      {!chunk && error instanceof Error ? (
        <details className="text-xs">
          <summary className="text-muted-foreground cursor-pointer">Details</summary>
          <pre className="bg-muted mt-1 max-h-32 overflow-auto rounded border p-2 whitespace-pre-wrap">
            {error.message.slice(0, 500)}
          </pre>
        </details>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {chunk ? (
          <Button size="sm" onClick={onRetry}>
            Retry
          </Button>
        ) : null}
        <Button size="sm" variant="outline" onClick={() => window.location.reload()}>
          Reload page
        </Button>
        {onClose ? (
          <Button size="sm" variant="ghost" onClick={onClose}>
            Close
          </Button>
        ) : null}
      </div>
    </div>
  )
}

export type LazyBoundaryProps = {
  children: ReactNode
  /** Close what failed to open (a dialog). Without it, the error shows in the page's flow (a route). */
  onClose?: () => void
  /** Shown while the chunk loads (default nothing: dialogs appear when ready). */
  loading?: ReactNode
}

/** Suspense for a lazily loaded part, with an error boundary that explains a failed load instead of a white page. */
export function LazyBoundary({ children, onClose, loading = null }: LazyBoundaryProps) {
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <LoadError
          error={error}
          onRetry={retry}
          floating={!!onClose}
          // Closing also clears the failure, so the next opening starts afresh.
          onClose={
            onClose
              ? () => {
                  onClose()
                  retry()
                }
              : undefined
          }
        />
      )}
    >
      <Suspense fallback={loading}>{children}</Suspense>
    </ErrorBoundary>
  )
}
