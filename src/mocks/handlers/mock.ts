import { HttpResponse } from 'msw'

import { holdRequests, releaseRequests } from '../hold'
import { applyScenarios } from '../scenarios'
import { route, type RouteOptions } from './http'

/** The mock's own routes answer at once, whatever the scenario or the hold switch. */
const own: RouteOptions = { auth: false, flaky: false, slow: false, holdable: false }

/** Mock-only routes: the app's "Reset demo data" calls the first, then reloads. */
export const mockHandlers = [
  route(
    'post',
    '/__mock/reset',
    () => {
      releaseRequests()
      applyScenarios([], { keepSessions: true })
      return HttpResponse.json({ ok: true })
    },
    own,
  ),
  // A stalled server, on demand: requests wait from `hold` until `release`.
  route(
    'post',
    '/__mock/hold',
    () => {
      holdRequests()
      return HttpResponse.json({ held: true })
    },
    own,
  ),
  route('post', '/__mock/release', () => HttpResponse.json({ released: releaseRequests() }), own),
]
