import type { ServerStatus } from '@/api/server/schemas'
import { HttpResponse } from 'msw'
import { hasScenario } from '../scenarios'
import { route } from './http'

export const NEWEST_VERSION = 'v1.6.0'
export const V15_VERSION = 'v1.5.1'

export const serverHandlers = [
  route(
    'get',
    '/api/server/status',
    () => {
      const status: ServerStatus = {
        version: hasScenario('v1.5') ? V15_VERSION : NEWEST_VERSION,
        is_pro: !hasScenario('community'),
        db_connected: true,
        broker_connected: true,
        license_error: '',
        is_on_trial_license: false,
        healthyNetwork: true,
      }
      return HttpResponse.json(status)
    },
    { auth: false, flaky: false },
  ),
]
