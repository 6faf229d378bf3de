import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { env } from '@/lib/env'
import './index.css'

async function start() {
  if (env.mock) {
    // The mock server only exists in demo builds: a production build contains none of it.
    const { startMockWorker } = await import('@/mocks/browser')
    await startMockWorker()
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from index.html')
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
