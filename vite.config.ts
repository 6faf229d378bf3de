/// <reference types="vitest/config" />
import { rm } from 'node:fs/promises'
import { fileURLToPath, URL } from 'node:url'

import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'

/** The mock's service worker belongs to demo builds only: drop it from builds without the mock. */
function dropMockWorker(mock: boolean): Plugin {
  let outDir = 'dist'
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async closeBundle() {
      if (!mock) await rm(`${outDir}/mockServiceWorker.js`, { force: true })
    },
  }
}

export default defineConfig(({ mode }) => {
  const mock = loadEnv(mode, process.cwd(), 'VITE_').VITE_MOCK === 'true'
  return {
    plugins: [react(), tailwindcss(), dropMockWorker(mock)],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    server: { port: 5173 },
    build: { target: 'es2022', sourcemap: false },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      // A wait limit for a loaded machine, not a performance check.
      testTimeout: 20_000,
      // Vitest leaves one core free by default; CI machines have two and nothing else to do meanwhile.
      maxWorkers: 2,
      reporters: ['default'],
    },
  }
})
