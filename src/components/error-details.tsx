import { isApiError } from '@/api/client'

export type ErrorDetailsProps = { error: unknown }

/**
 * The server's raw answer behind a closed "Details" disclosure, when the message shown had to shorten
 * or replace it (a proxy's HTML page, a panic trace). Already truncated by the client; shown as text.
 */
export function ErrorDetails({ error }: ErrorDetailsProps) {
  if (!isApiError(error) || !error.details) return null
  return (
    <details className="mt-2 text-xs">
      <summary className="text-muted-foreground cursor-pointer select-none">Details</summary>
      <pre className="bg-muted mt-1 max-h-48 overflow-auto rounded border p-2 font-mono break-all whitespace-pre-wrap">
        {error.details}
      </pre>
    </details>
  )
}
