import '@testing-library/jest-dom/vitest'

import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'

import { releaseRequests } from '@/mocks/hold'
import { server } from '@/mocks/node'

// jsdom lacks ResizeObserver; Radix primitives (checkbox, switch, popper) measure themselves with it.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}

// Waits, not time limits on behaviour: a lazily loaded dialog on a busy 2-core machine can take over the
// default second to appear.
configure({ asyncUtilTimeout: 15_000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  releaseRequests()
  cleanup()
  sessionStorage.clear()
  localStorage.clear()
})
afterAll(() => server.close())
