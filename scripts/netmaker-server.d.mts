/** Types for scripts/netmaker-server.mjs (see the comment at its top). */
export declare const DEFAULT_VERSION: string
export declare const DEFAULT_PORT: number
export declare const DEFAULT_STUB_PORT: number

export declare class NetmakerSetupError extends Error {
  reason:
    | 'no-go'
    | 'version-unavailable'
    | 'build-failed'
    | 'port-in-use'
    | 'exited'
    | 'start-timeout'
    | 'seed-failed'
    | 'usage'
}

export type NetmakerSeed = {
  admin: { username: string; password: string }
  networks: string[]
  keys: Record<'unlimited' | 'limited' | 'timed', { value: string; name: string }>
  host: { id: string; name: string } | null
  gateway: { nodeId: string; network: string; hostName: string } | null
}

export type StartOptions = {
  version?: string
  port?: number
  stubPort?: number
  corsOrigin?: string
  masterKey?: string
  seed?: boolean
  lockoutSeconds?: number
  startTimeoutMs?: number
  log?: (line: string) => void
}

export type NetmakerServer = {
  url: string
  masterKey: string
  version: string
  status: Record<string, unknown>
  pid: number
  dataDir: string
  logFile: string
  seed: NetmakerSeed | null
  startupMs: number
  stub: { url: string; outbound: string[] }
  stop: () => Promise<void>
}

export declare function cacheDir(): string
export declare function binaryPath(version: string): string
export declare function findGo(): string
export declare function installNetmaker(
  version?: string,
  options?: { log?: (line: string) => void },
): Promise<{ binary: string; built: boolean; seconds: number }>
export declare function startNetmaker(options?: StartOptions): Promise<NetmakerServer>
export declare function seedNetmaker(
  url: string,
  masterKey: string,
  options?: { gateway?: boolean },
): Promise<NetmakerSeed>
export declare function hostRegistration(name: string): Record<string, unknown> & { id: string; name: string }
export declare function registerHost(
  url: string,
  token: string,
  name: string,
): Promise<{ status: number; text: string; json: unknown }>
export declare const SEED: {
  admin: { username: string; password: string }
  networks: { netid: string; addressrange: string }[]
}
