import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

import { startNetmaker } from '../../scripts/netmaker-server.mjs'
import { startNginx } from '../../scripts/nginx.mjs'
import { startFaultProxy } from './fault-proxy'
import { PORTS, type Stack, STACK_ENV } from './stack'

/**
 * The deployment under test, started once for the nginx journeys:
 *
 *   browser → nginx :8084 (deploy/nginx.conf, dist/) → /api/ → fault proxy :18262 → Netmaker :18261
 *   browser → nginx :8085 (deploy/nginx.conf without the proxy, dist/) ; browser → Netmaker :18261 (CORS)
 *
 * The Netmaker server is real (scripts/netmaker-server.mjs: installed if missing, fresh data folder,
 * seeded) and allows the second layout's origin (CORS_ALLOWED_ORIGIN). Everything stops by process id
 * when the run ends, in reverse order, even when a later step failed to start.
 */
export default async function globalSetup() {
  const dist = resolve('dist')
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` (the production build) first.')
  }
  const log = (line: string) => console.log(`[nginx journeys] ${line}`)
  const stops: (() => Promise<void>)[] = []
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(error))
  }
  try {
    const crossOrigin = `http://127.0.0.1:${PORTS.crossOrigin}`
    const server = await startNetmaker({
      version: process.env.NETMAKER_VERSION ?? 'v1.6.0',
      port: PORTS.netmaker,
      stubPort: PORTS.netmakerStub,
      corsOrigin: crossOrigin,
      log,
    })
    stops.push(server.stop)
    const faults = await startFaultProxy({ port: PORTS.faultProxy, target: server.url })
    stops.push(faults.stop)
    const same = await startNginx({ port: PORTS.sameOrigin, root: dist, api: `127.0.0.1:${PORTS.faultProxy}`, log })
    stops.push(same.stop)
    const cross = await startNginx({ port: PORTS.crossOrigin, root: dist, connectSrc: [server.url], log })
    stops.push(cross.stop)

    if (!server.seed) throw new Error('the Netmaker server was started without its seed')
    const stack: Stack = {
      sameOriginUrl: same.url,
      crossOriginUrl: cross.url,
      apiUrl: server.url,
      faultsUrl: faults.url,
      masterKey: server.masterKey,
      admin: server.seed.admin,
      version: server.version,
    }
    process.env[STACK_ENV] = JSON.stringify(stack)
    log(`Netmaker ${server.version} at ${server.url}; console at ${same.url} (same origin) and ${cross.url}`)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
