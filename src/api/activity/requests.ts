import { request } from '@/api/client'

import { activityListResponseSchema } from './schemas'

export type ActivityPage = {
  /** 1-based. */
  page: number
  perPage: number
}

/** One page of every activity event on the server, newest first (Pro; Community answers 404). */
export function listActivity({ page, perPage }: ActivityPage, signal?: AbortSignal) {
  const query = new URLSearchParams({ page: String(page), per_page: String(perPage) })
  return request(`/api/v1/activity?${query.toString()}`, { schema: activityListResponseSchema, signal })
}
