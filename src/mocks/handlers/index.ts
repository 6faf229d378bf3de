import { http, type RequestHandler } from 'msw'

import { activityHandlers } from './activity'
import { authHandlers } from './auth'
import { enrollmentKeyHandlers } from './enrollment-keys'
import { hostHandlers } from './hosts'
import { pageNotFound } from './http'
import { mockHandlers } from './mock'
import { networkHandlers } from './networks'
import { nodeHandlers } from './nodes'
import { serverHandlers } from './server'
import { tagHandlers } from './tags'

/** Every Netmaker route the console uses, plus the mock's own routes. */
export const handlers: RequestHandler[] = [
  ...authHandlers,
  ...serverHandlers,
  ...networkHandlers,
  ...nodeHandlers,
  ...hostHandlers,
  ...tagHandlers,
  ...activityHandlers,
  ...enrollmentKeyHandlers,
  ...mockHandlers,
  // Any other API path: Go's router answers 404 in plain text (e.g. the v2 key list, which the console
  // does not use and the mock does not model).
  http.all('*/api/*', () => pageNotFound()),
]
