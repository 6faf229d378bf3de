import type { RequestHandler } from 'msw'
import { activityHandlers } from './activity'
import { authHandlers } from './auth'
import { enrollmentKeyHandlers } from './enrollment-keys'
import { hostHandlers } from './hosts'
import { mockHandlers } from './mock'
import { networkHandlers } from './networks'
import { nodeHandlers } from './nodes'
import { serverHandlers } from './server'
import { tagHandlers } from './tags'

/** Every Netmaker route the console uses, plus the mock's own reset route. */
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
]
