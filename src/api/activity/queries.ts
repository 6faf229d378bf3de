import { infiniteQueryOptions } from '@tanstack/react-query'

import { enrollmentsFromEvents, type KeyEnrollment } from './joins'
import { listActivity } from './requests'

/** Events per request, and how far one "load" reads before it stops to show what it found. */
export const ACTIVITY_PER_PAGE = 50
export const MAX_PAGES_PER_LOAD = 4
export const MIN_ENROLLMENTS_PER_LOAD = 10

export type EnrollmentsPage = {
  enrollments: KeyEnrollment[]
  /** The server page to read next, or null when the activity log has been read to its end. */
  nextPage: number | null
  /** Events read by this load (shown as "searched N events"). */
  eventsRead: number
}

/**
 * The server cannot filter activity by enrollment key, so a load reads pages of the whole log (newest
 * first) and keeps the joins with this key: it stops at the end of the log, once it has found enough to
 * show, or after MAX_PAGES_PER_LOAD requests — never more per user action.
 */
export async function loadEnrollments(keyValue: string, startPage: number, signal?: AbortSignal) {
  const enrollments: KeyEnrollment[] = []
  let page = startPage
  let eventsRead = 0
  for (let read = 0; read < MAX_PAGES_PER_LOAD; read++) {
    const events = await listActivity({ page, perPage: ACTIVITY_PER_PAGE }, signal)
    eventsRead += events.length
    enrollments.push(...enrollmentsFromEvents(events, keyValue))
    if (events.length < ACTIVITY_PER_PAGE) return { enrollments, nextPage: null, eventsRead }
    page += 1
    if (enrollments.length >= MIN_ENROLLMENTS_PER_LOAD) break
  }
  return { enrollments, nextPage: page, eventsRead } satisfies EnrollmentsPage
}

export const activityQueries = {
  all: () => ['activity'] as const,
  /** Devices that joined with the key whose value is `keyValue` (Pro servers only). */
  enrollments: (keyValue: string) =>
    infiniteQueryOptions({
      queryKey: [...activityQueries.all(), 'enrollments', keyValue] as const,
      queryFn: ({ pageParam, signal }): Promise<EnrollmentsPage> => loadEnrollments(keyValue, pageParam, signal),
      initialPageParam: 1,
      getNextPageParam: (last) => last.nextPage ?? undefined,
      staleTime: 30_000,
    }),
}
