/**
 * The contract against a real Netmaker server, built and started by scripts/netmaker-server.mjs.
 * NETMAKER_VERSIONS (comma-separated, default v1.6.0) picks the servers; NETMAKER_CONTRACT_PORT (default
 * 18162) the first API port and NETMAKER_CONTRACT_STUB_PORT (default 18167) the first loopback stub port,
 * each further server taking the next ones.
 *
 * Without Go, or when a server cannot be built or started, this file is skipped with the reason printed
 * — except in CI (CI=true), where that is a failure.
 */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest'

import { findGo, type NetmakerServer, NetmakerSetupError, startNetmaker } from '../../scripts/netmaker-server.mjs'
import { defineContract } from './contract'
import type { Generation, Target } from './target'

const versions = (process.env.NETMAKER_VERSIONS ?? 'v1.6.0')
  .split(',')
  .map((v) => v.trim())
  .filter(Boolean)
const firstPort = Number(process.env.NETMAKER_CONTRACT_PORT ?? 18162)
const stubPort = Number(process.env.NETMAKER_CONTRACT_STUB_PORT ?? 18167)
const inCI = process.env.CI === 'true' || process.env.CI === '1'

function generationOf(version: string): Generation {
  if (/^v1\.5\./.test(version)) return 'v1.5'
  if (/^v1\.6\./.test(version)) return 'v1.6'
  return 'v1.8'
}

/** Why the real servers cannot run here, or null when Go is there. */
function missingGo(): string | null {
  try {
    findGo()
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

const noGo = missingGo()

if (noGo && !inCI) {
  console.warn(`[contract] real-server contract skipped: ${noGo}`)
  describe.skip(`real servers (${versions.join(', ')}): skipped, ${noGo}`, () => {
    it('needs Go', () => {})
  })
} else {
  versions.forEach((version, index) => {
    describe(`real ${version}`, () => {
      let server: NetmakerServer | null = null
      let skipReason: string | null = null
      const target: Target = {
        label: `real ${version}`,
        generation: generationOf(version),
        real: true,
        url: '',
        masterKey: '',
        admin: { username: '', password: '' },
        readOnly: null,
      }

      beforeAll(async () => {
        if (noGo) throw new Error(`CI needs Go for the real-server contract: ${noGo}`)
        try {
          server = await startNetmaker({
            version,
            port: firstPort + index,
            stubPort: stubPort + index,
            lockoutSeconds: 5,
            log: (line) => console.warn(`[netmaker] ${line}`),
          })
        } catch (error) {
          if (inCI || !(error instanceof NetmakerSetupError)) throw error
          skipReason = error.message
          console.warn(`[contract] real ${version} skipped: ${error.message}`)
          return
        }
        target.url = server.url
        target.masterKey = server.masterKey
        if (server.seed) target.admin = server.seed.admin
      })

      afterAll(async () => {
        await server?.stop()
      })

      beforeEach((context) => {
        if (skipReason) context.skip(skipReason)
      })

      defineContract(() => target)
    })
  })
}
