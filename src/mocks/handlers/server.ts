import { HttpResponse } from 'msw'

import type { ServerStatus } from '@/api/server/schemas'

import { GENERATION_VERSIONS, hasScenario, mockGeneration } from '../scenarios'
import { route } from './http'

export const serverHandlers = [
  route(
    'get',
    '/api/server/status',
    () => {
      const status: ServerStatus = {
        db_connected: true,
        broker_connected: true,
        is_broker_conn_open: true,
        license_error: '',
        is_pro: !hasScenario('community'),
        deployment_mode: 'self-hosted',
        trial_end_date: '0001-01-01T00:00:00Z',
        is_on_trial_license: false,
        version: GENERATION_VERSIONS[mockGeneration()],
      }
      return HttpResponse.json(status)
    },
    { auth: false, flaky: false },
  ),
]
