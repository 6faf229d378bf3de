import { setupWorker } from 'msw/browser'

import { enablePersistence } from './db'
import { handlers } from './handlers/index'
import { applyScenarios, parseScenarioParam } from './scenarios'

/**
 * Start the in-browser mock server (demo mode). The database is kept in localStorage.
 * `?scenario=a,b` in the first URL re-seeds it for those scenarios (`?scenario=` or `default`: plain);
 * without the parameter the stored database and its scenarios are kept.
 */
export async function startMockWorker(): Promise<void> {
  const loaded = enablePersistence()
  const param = new URLSearchParams(window.location.search).get('scenario')
  if (param !== null) applyScenarios(parseScenarioParam(param), { keepSessions: true })
  else if (!loaded) applyScenarios([])

  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
}
