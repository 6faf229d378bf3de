import { useQuery } from '@tanstack/react-query'

import { serverQueries } from '@/api/server/queries'
import { useSession } from '@/lib/use-session'
import { cn } from '@/lib/utils'

export type ServerBadgeProps = { className?: string }

/** The connected server's version (read once per session), shown discreetly in the header. */
export function ServerBadge({ className }: ServerBadgeProps) {
  const { data, isPending, isError } = useQuery(serverQueries.status())
  const { session } = useSession()
  const address = session?.serverUrl || (typeof window === 'undefined' ? '' : window.location.origin)

  let dot = 'bg-muted-foreground/50'
  let text = 'Connecting…'
  if (isError) {
    dot = 'bg-warning'
    text = 'Version unknown'
  } else if (!isPending) {
    dot = 'bg-success'
    text = data.version ?? 'Version unknown'
  }

  return (
    <p
      title={address ? `Netmaker server at ${address}` : undefined}
      className={cn('text-muted-foreground flex items-center gap-1.5 text-xs whitespace-nowrap', className)}
    >
      <span aria-hidden="true" className={cn('size-1.5 rounded-full', dot)} />
      <span className="sr-only">{'Netmaker server version: '}</span>
      <span className="font-mono">{text}</span>
      {data?.isPro ? (
        <span className="border-border rounded border px-1 text-[10px] leading-4 font-semibold tracking-wide uppercase">
          Pro
        </span>
      ) : null}
    </p>
  )
}
