import { HttpResponse } from 'msw'

import type { ActivityEvent } from '@/api/activity/schemas'

import { getDb } from '../db'
import { newestFirst } from '../events'
import { hasScenario } from '../scenarios'
import { apiError, route } from './http'

/** The server's paging: `page` from 1, `per_page` 1–100 (anything else means 10). */
function paginate(events: ActivityEvent[], params: URLSearchParams): ActivityEvent[] {
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1)
  let perPage = Number.parseInt(params.get('per_page') ?? '', 10) || 0
  if (perPage < 1 || perPage > 100) perPage = 10
  return events.slice((page - 1) * perPage, page * perPage)
}

/**
 * Between two RFC 3339 instants, when both are given and valid (the server answers 400 for an invalid
 * one; with only one of them, it does not filter).
 */
function inRange(params: URLSearchParams): ((event: ActivityEvent) => boolean) | Response {
  const from = params.get('from_date')
  const to = params.get('to_date')
  if (!from || !to) return () => true
  const start = Date.parse(from)
  const end = Date.parse(to)
  if (Number.isNaN(start) || Number.isNaN(end))
    return apiError(400, `parsing time "${Number.isNaN(start) ? from : to}" as RFC3339`)
  return (event) => {
    const at = Date.parse(event.time_stamp)
    return at >= start && at <= end
  }
}

function list(params: URLSearchParams, keep: (event: ActivityEvent) => boolean, message: string): Response {
  const range = inRange(params)
  if (range instanceof Response) return range
  const events = newestFirst(getDb().events.filter((event) => keep(event) && range(event)))
  return HttpResponse.json({ Code: 200, Message: message, Response: paginate(events, params) })
}

/** The activity log: a Pro feature, so a Community server has none of these routes. */
const proOnly = { missing: () => hasScenario('community') }

export const activityHandlers = [
  route(
    'get',
    '/api/v1/activity',
    ({ request }) => {
      const params = new URL(request.url).searchParams
      const username = params.get('username') ?? ''
      const network = params.get('network_id') ?? ''
      return list(
        params,
        (event) => (!username || event.triggered_by === username) && (!network || event.network_id === network),
        'successfully fetched all events ',
      )
    },
    proOnly,
  ),
  route(
    'get',
    '/api/v1/network/activity',
    ({ request }) => {
      const params = new URL(request.url).searchParams
      const network = params.get('network_id') ?? ''
      if (!network) return apiError(400, 'network_id param is missing')
      return list(params, (event) => event.network_id === network, 'successfully fetched network activity')
    },
    proOnly,
  ),
]
