import { setupServer } from 'msw/node'

import { resetDb } from './db'
import { handlers } from './handlers/index'
import { resetRateLimit } from './rate-limit'
import { resetFlaky } from './scenarios'

/**
 * The mock server for Vitest. The database lives in memory only; `server.resetHandlers()` (run after
 * every test by src/test/setup.ts) also re-seeds it, so each test starts from the plain seed with no
 * scenario and no signed-in sessions.
 */
export const server = setupServer(...handlers)

const resetHandlers = server.resetHandlers.bind(server)
server.resetHandlers = (...nextHandlers) => {
  resetFlaky()
  resetRateLimit()
  resetDb()
  resetHandlers(...nextHandlers)
}
