/**
 * Where the nginx journeys find what the global setup started. The setup passes it to the test workers
 * through one environment variable (workers start after the setup, with its environment).
 */
export type Stack = {
  /** The console behind nginx with `/api/` proxied to the server: same origin. */
  sameOriginUrl: string
  /** The console behind a second nginx without the proxy: the API is on another origin. */
  crossOriginUrl: string
  /** The real Netmaker server, reached directly (the cross-origin layout's server URL). */
  apiUrl: string
  /** The fault proxy's control address (see fault-proxy.ts). */
  faultsUrl: string
  masterKey: string
  admin: { username: string; password: string }
  /** What GET /api/server/status reports, e.g. "v1.6.0". */
  version: string
}

export const STACK_ENV = 'KEYS_CONSOLE_NGINX_STACK'

export function readStack(): Stack {
  const raw = process.env[STACK_ENV]
  if (!raw) throw new Error(`${STACK_ENV} is not set: run these tests with playwright.nginx.config.ts`)
  return JSON.parse(raw) as Stack
}

/** Ports (all on 127.0.0.1), overridable so that parallel checkouts do not collide. */
export const PORTS = {
  sameOrigin: Number(process.env.NGINX_PORT ?? 8084),
  crossOrigin: Number(process.env.NGINX_CROSS_ORIGIN_PORT ?? 8085),
  netmaker: Number(process.env.NETMAKER_PORT ?? 18261),
  netmakerStub: Number(process.env.NETMAKER_STUB_PORT ?? 18260),
  faultProxy: Number(process.env.FAULT_PROXY_PORT ?? 18262),
}
