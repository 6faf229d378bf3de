import { QueryClient } from '@tanstack/react-query'
import { render, type RenderOptions } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'

import { AppProviders } from '@/app/providers'
import { DEMO_MASTER_KEY } from '@/lib/demo'
import { sessionStore } from '@/lib/session'

export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  })
}

export type RenderWithProvidersOptions = Omit<RenderOptions, 'wrapper'> & {
  /** Initial path (with query string), default "/keys". */
  path?: string
  /** Signed in with the demo master key unless false. */
  signedIn?: boolean
  queryClient?: QueryClient
}

/** Render with the real providers, a fresh QueryClient and an in-memory router. */
export function renderWithProviders(ui: ReactElement, options: RenderWithProvidersOptions = {}) {
  const { path = '/keys', signedIn = true, queryClient = createTestQueryClient(), ...rest } = options
  if (signedIn) {
    sessionStore.signIn({ token: DEMO_MASTER_KEY, serverUrl: '', username: 'admin' }, false)
  } else {
    sessionStore.reset()
  }
  const location = memoryLocation({ path, record: true })
  const user = userEvent.setup()
  const result = render(
    <AppProviders queryClient={queryClient}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        {ui}
      </Router>
    </AppProviders>,
    rest,
  )
  return { ...result, user, queryClient, location }
}
