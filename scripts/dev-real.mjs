#!/usr/bin/env node
/* global process, console */
/**
 * `npm run dev:real [-- --version v1.6.0] [--port 5173]`: a real Netmaker server (built once, seeded, on
 * loopback) and the console's Vite dev server pointed at it (no mock), in one command. Ctrl-C stops both.
 * Sign in with the printed master key, or admin / Netmaker-e2e-1.
 */
import { spawn } from 'node:child_process'

import { NetmakerSetupError, startNetmaker } from './netmaker-server.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback
}
const version = option('--version', 'v1.6.0')
const port = Number(option('--port', '5173'))
const origin = `http://127.0.0.1:${port}`

let server
try {
  server = await startNetmaker({ version, corsOrigin: origin, log: (line) => console.error(`[netmaker] ${line}`) })
} catch (error) {
  console.error(error instanceof NetmakerSetupError ? `dev:real: ${error.message}` : error)
  process.exit(2)
}
console.log(`Netmaker ${server.version} at ${server.url}`)
console.log(`master key:  ${server.masterKey}`)
console.log(`super admin: ${server.seed?.admin.username} / ${server.seed?.admin.password}`)
console.log(`console:     ${origin}`)

// Vite's own entry (not npx), so stopping this process stops Vite itself.
const vite = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'inherit',
    env: { ...process.env, VITE_API_URL: server.url, VITE_MOCK: 'false' },
  },
)
let stopping = false
const stop = async (code = 0) => {
  if (stopping) return
  stopping = true
  if (vite.exitCode === null) vite.kill('SIGTERM')
  await server.stop()
  process.exit(code)
}
vite.on('exit', (code) => void stop(code ?? 0))
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
