import { existsSync } from 'node:fs'

import { defineConfig, devices } from '@playwright/test'

const isCI = !!process.env.CI
/** Each developer (or parallel checkout) can pick its own port. */
const port = Number(process.env.PW_PORT ?? (isCI ? 4173 : 5174))
const baseURL = `http://127.0.0.1:${port}`

// Debian's Chromium when present (Playwright cannot download a browser here); else Playwright's own.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: isCI ? 2 : 1,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: isCI
    ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]]
    : [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL,
    // Recording a trace costs about a third of the suite's time on two cores: only a retry records one.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    serviceWorkers: 'allow',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // With CI=true (as .ci/run sets it): the static demo build in dist-demo/, served by `vite preview`.
    // Otherwise (a developer's `npx playwright test` or `npm run test:e2e`): the dev server on the mock,
    // reused when one is already running on PW_PORT.
    command: isCI
      ? `npx vite preview --mode demo --outDir dist-demo --port ${port} --strictPort --host 127.0.0.1`
      : `npx vite --mode demo --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
})
