import { HttpResponse } from 'msw'
import { applyScenarios } from '../scenarios'
import { route } from './http'

/** Mock-only: the app's "Reset demo data" calls this, then reloads. */
export const mockHandlers = [
  route(
    'post',
    '/__mock/reset',
    () => {
      applyScenarios([], { keepSessions: true })
      return HttpResponse.json({ ok: true })
    },
    { auth: false, flaky: false, slow: false },
  ),
]
