import { useInfiniteQuery } from '@tanstack/react-query'
import { type ReactNode, useId } from 'react'

import { activityQueries } from '@/api/activity/queries'
import { isApiError } from '@/api/client'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { LoadingPlaceholder } from '@/components/loading-placeholder'
import { QueryError } from '@/components/query-error'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { formatDateTime, formatRelative } from '@/lib/format'

import { useServerCapabilities } from '../hooks/use-server-capabilities'

export type EnrolledDevicesProps = {
  keyItem: EnrollmentKey
}

function Frame({ id, children }: { id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h3 id={id} className="text-sm font-medium">
        Devices that joined with this key
      </h3>
      {children}
    </section>
  )
}

/** The list itself, on a server that keeps the activity log (Pro). */
function EnrolledDevicesList({ keyItem, titleId }: { keyItem: EnrollmentKey; titleId: string }) {
  const query = useInfiniteQuery(activityQueries.enrollments(keyItem.id))
  const now = new Date()

  if (query.isPending) {
    return <LoadingPlaceholder label="Loading the devices that joined…" rows={['h-10 w-full', 'h-10 w-full']} />
  }
  // A failed first load (a failed "older" load keeps what was loaded, below).
  if (query.data === undefined) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <p className="text-muted-foreground text-sm">
          This server does not offer the activity log (it answered 404), so it cannot say which devices joined with a
          key.
        </p>
      )
    }
    return (
      <QueryError
        title="Couldn’t load the devices that joined"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    )
  }

  const pages = query.data.pages
  const enrollments = pages.flatMap((page) => page.enrollments)
  const eventsRead = pages.reduce((sum, page) => sum + page.eventsRead, 0)
  const more = query.hasNextPage

  return (
    <>
      {enrollments.length === 0 ? (
        <p className="text-muted-foreground text-sm">
          {more
            ? `No device has joined with this key in the newest ${eventsRead} events of the activity log.`
            : 'No device has joined with this key yet.'}
        </p>
      ) : (
        <ul aria-labelledby={titleId} className="divide-y rounded-md border">
          {enrollments.map((enrollment) => (
            <li key={enrollment.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-3 py-2">
              <div className="flex min-w-0 flex-col gap-1">
                <span className="text-sm font-medium break-all">{enrollment.hostName}</span>
                <span className="flex flex-wrap gap-1">
                  {enrollment.networks.map((network) => (
                    <Badge key={network} variant="outline">
                      {network}
                    </Badge>
                  ))}
                </span>
              </div>
              <time dateTime={enrollment.joinedAt.toISOString()} className="text-muted-foreground text-xs">
                {formatDateTime(enrollment.joinedAt)} ({formatRelative(enrollment.joinedAt, now)})
              </time>
            </li>
          ))}
        </ul>
      )}
      {query.isFetchNextPageError ? (
        <p role="alert" className="text-destructive text-sm">
          Couldn’t load older events. Try again.
        </p>
      ) : null}
      {more ? (
        <div>
          <Button
            variant="outline"
            size="sm"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? <Spinner /> : null}
            {enrollments.length === 0 ? 'Search older events' : 'Show older devices'}
          </Button>
        </div>
      ) : null}
      <p className="text-muted-foreground text-xs">
        From the server’s activity log, newest first. Joins are matched by the key’s current value, so joins made before
        its token was regenerated are not listed.
      </p>
    </>
  )
}

/**
 * Which devices enrolled with a key and when (Pro servers record an event per join). A Community server
 * has no activity log: say so, rather than show an empty list as if nothing had happened.
 */
export function EnrolledDevices({ keyItem }: EnrolledDevicesProps) {
  const titleId = useId()
  const caps = useServerCapabilities()
  return (
    <Frame id={titleId}>
      {caps.isLoading ? (
        <LoadingPlaceholder label="Checking the server…" rows={['h-10 w-full']} />
      ) : caps.isPro ? (
        <EnrolledDevicesList keyItem={keyItem} titleId={titleId} />
      ) : (
        <p className="text-muted-foreground text-sm">
          Needs Netmaker Pro: which devices joined with a key is recorded in the Pro activity log, and this server is
          the Community Edition.
        </p>
      )}
    </Frame>
  )
}
