import { fileURLToPath, URL } from 'node:url'

import { defineConfig } from 'vitest/config'

/**
 * The API contract suite (tests/contract): plain Node, no jsdom, one file per target so the mock's
 * request interception (msw/node) never sees the real server's traffic. `npm run test:contract`.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['tests/contract/**/*.contract.test.ts'],
    // The real server takes a moment to start (and, the first time, minutes to build: see the test files).
    hookTimeout: 20 * 60_000,
    testTimeout: 30_000,
    // One file at a time: the machine is small and each real server takes a port of its own.
    fileParallelism: false,
    reporters: ['default'],
  },
})
