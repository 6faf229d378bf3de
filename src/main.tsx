import './index.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { applyCspNonce } from '@/lib/csp-nonce'
import { listenForPreloadErrors } from '@/lib/preload-error'

// A chunk that fails after a redeploy reloads the page once (then the error boundaries explain).
listenForPreloadErrors()

async function start() {
  // Compared against the literal so the bundler drops the mock entirely from production builds.
  if (import.meta.env.VITE_MOCK === 'true') {
    // The mock server only exists in demo builds: a production build contains none of it.
    const { startMockWorker } = await import('@/mocks/browser')
    await startMockWorker()
  }
  applyCspNonce()
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from index.html')
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
