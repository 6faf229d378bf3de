import { defineConfig } from '@playwright/test'

import demo from './playwright.config'
import { PORTS } from './tests/nginx/stack'

/**
 * The deployment journeys: the production build behind nginx (deploy/nginx.conf) in front of a real
 * Netmaker server, started by tests/nginx/global-setup.ts. Kept apart from playwright.config.ts so that
 * the demo-build suite is unchanged. Needs `npm run build`, nginx and Go (or a cached server binary).
 *
 *   npm run build && npx playwright test -c playwright.nginx.config.ts
 *
 * The tests share one server and change its data, so they run one at a time.
 */
const isCI = !!process.env.CI
const chromium = demo.projects?.[0]?.use ?? {}

export default defineConfig({
  testDir: './tests/nginx',
  globalSetup: './tests/nginx/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // The first run on a fresh machine builds the server in the global setup, outside these limits.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright-nginx.json' }]],
  use: {
    ...demo.use,
    ...chromium,
  },
  projects: [
    {
      name: 'nginx-same-origin',
      testIgnore: /cross-origin\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${PORTS.sameOrigin}` },
    },
    {
      name: 'nginx-cross-origin',
      testMatch: /cross-origin\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${PORTS.crossOrigin}` },
    },
  ],
})
