#!/usr/bin/env node
/* global process, console, fetch, setTimeout, clearTimeout, AbortSignal, Buffer */
/**
 * A real Netmaker server (Community Edition) on loopback, for tests and for trying the console.
 *
 * CLI — installs the version if missing, starts it in a fresh temporary data folder, seeds it, prints the
 * URL, master key and seed, and runs until Ctrl-C / SIGTERM (then stops the server and removes the folder):
 *
 *   npm run server:real -- --version v1.6.0 [--port 18161] [--stub-port 18160]
 *                          [--cors-origin http://127.0.0.1:5211] [--no-seed] [--install-only] [--json]
 *
 * Library (tests, other scripts):
 *
 *   import { startNetmaker, installNetmaker } from './scripts/netmaker-server.mjs'
 *   const server = await startNetmaker({ version: 'v1.6.0', port: 18161 })
 *   server.url        // 'http://127.0.0.1:18161'
 *   server.masterKey  // Bearer token with every right
 *   server.version    // what GET /api/server/status reports, e.g. 'v1.6.0'
 *   server.seed       // { admin: { username, password }, networks, keys: { unlimited, limited, timed },
 *                     //   host: { id, name }, gateway: { nodeId, network, hostName } }
 *   server.pid, server.dataDir, server.logFile, server.startupMs (start → status answering)
 *   await server.stop()                      // SIGTERM by pid, SIGKILL after 5 s; removes the data folder
 *   await installNetmaker('v1.6.0')          // → { binary, built: boolean, seconds }
 *
 * Every set-up failure throws a NetmakerSetupError whose `reason` is one of `no-go`, `version-unavailable`,
 * `build-failed`, `port-in-use`, `exited`, `start-timeout`, `seed-failed`, and whose message says what to
 * do; the CLI prints it and exits 2.
 *
 * Where things go: the binary is built once per version into `.cache/netmaker/<version>/netmaker`
 * (`NETMAKER_CACHE_DIR` moves the cache); the server runs in a new folder under the OS temp dir (it writes
 * `./data/netmaker.db` there) and logs to `<data folder>/netmaker.log`.
 *
 * The settings the server gets, and why (everything else is left at its default):
 * - DATABASE=sqlite                  no Postgres needed; the database lives in the data folder.
 * - MASTER_KEY                       the admin token tests sign in with (random per start unless given).
 * - API_PORT                         the port; the server listens on every interface, so pick an unused one.
 * - SERVER_HTTP_HOST=127.0.0.1:<p>   the API address written into every enrollment token.
 * - DISABLE_REMOTE_IP_CHECK=on       otherwise the server looks up its public address at start and exits
 *                                    when that fails (offline).
 * - PUBLIC_IP_SERVICE=<stub>         the server still asks for its public address whenever it builds a
 *                                    token (every key in every answer); this loopback stub answers at once,
 *                                    so it never falls through to its built-in internet services.
 * - HTTP_PROXY/HTTPS_PROXY=<stub>    a safety net: any other outbound request the server tries is sent to
 *                                    the stub, which refuses it and records it (server.stub.outbound).
 * - MESSAGEQUEUE_BACKEND=off         otherwise the server exits when no MQTT broker answers.
 * - DNS_MODE=off, TELEMETRY=off      no CoreDNS files, no usage reports.
 * - CORS_ALLOWED_ORIGIN              the console's origin (default `*`) for real browser preflights.
 * - AUTH_RATE_LIMIT_LOCKOUT_DURATION a short sign-in lockout (seconds) so rate-limit tests do not wait an hour.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { isPortFree, sleep, stopOnSignals, superviseChild, tail as tailOf } from './lib/processes.mjs'

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const DEFAULT_VERSION = 'v1.6.0'
export const DEFAULT_PORT = 18161
export const DEFAULT_STUB_PORT = 18160
const MODULE = 'github.com/gravitl/netmaker'
const START_TIMEOUT_MS = 60_000
const BUILD_TIMEOUT_MS = 30 * 60_000

export class NetmakerSetupError extends Error {
  /** @param {string} reason @param {string} message */
  constructor(reason, message) {
    super(message)
    this.name = 'NetmakerSetupError'
    this.reason = reason
  }
}

export function cacheDir() {
  return process.env.NETMAKER_CACHE_DIR ? resolve(process.env.NETMAKER_CACHE_DIR) : join(REPO, '.cache', 'netmaker')
}

export function binaryPath(version) {
  return join(cacheDir(), version, 'netmaker')
}

const tail = (text, lines = 25) => tailOf(text, lines)

/** The Go toolchain, or a NetmakerSetupError saying how to get one. */
export function findGo() {
  const probe = spawnSync('go', ['version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) {
    throw new NetmakerSetupError(
      'no-go',
      'Go is not installed (no `go` on PATH). A real Netmaker server is built from source with Go ≥ 1.25 and a C ' +
        'compiler (CGO, for SQLite): install Go from your package manager or go.dev, then run this again.',
    )
  }
  return probe.stdout.trim()
}

/**
 * Builds the Community Edition server of `version` into the cache unless it is there already.
 * A throw-away module requires the version and `go build`s its main package: `go install mod@version`
 * would also read the module's version list, which some proxies refuse.
 */
export async function installNetmaker(version = DEFAULT_VERSION, { log = () => {} } = {}) {
  const binary = binaryPath(version)
  if (existsSync(binary) && statSync(binary).size > 0) return { binary, built: false, seconds: 0 }
  findGo()
  const started = Date.now()
  const buildDir = join(cacheDir(), version, 'build')
  mkdirSync(buildDir, { recursive: true })
  const env = {
    ...process.env,
    CGO_ENABLED: '1',
    GOFLAGS: `${process.env.GOFLAGS ?? ''} -mod=mod`.trim(),
    GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? 'local',
  }

  // Ask the proxy for this exact version first: a refusal is final and should not look like a build error.
  const probe = spawnSync('go', ['mod', 'download', '-json', `${MODULE}@${version}`], {
    cwd: buildDir,
    env,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  })
  let info = null
  try {
    info = JSON.parse(probe.stdout)
  } catch {
    info = null
  }
  if (!info || info.Error || probe.status !== 0) {
    const why = info?.Error ?? tail(`${probe.stdout ?? ''}\n${probe.stderr ?? ''}`, 10)
    const refused = /403|not available|unknown revision|invalid version|not found/i.test(why)
    throw new NetmakerSetupError(
      refused ? 'version-unavailable' : 'build-failed',
      refused
        ? `Netmaker ${version} cannot be downloaded from the Go module proxy here: ${why.trim()}`
        : `Downloading Netmaker ${version} failed:\n${why}`,
    )
  }

  writeFileSync(join(buildDir, 'go.mod'), `module local/netmaker-build\n\nrequire ${MODULE} ${version}\n`)
  log(`building Netmaker ${version} (Community Edition) into ${binary} — a first build takes several minutes`)
  const out = join(buildDir, 'build.log')
  const result = await run('go', ['build', '-o', binary, MODULE], {
    cwd: buildDir,
    env,
    logFile: out,
    timeoutMs: BUILD_TIMEOUT_MS,
  })
  if (result.code !== 0 || !existsSync(binary)) {
    throw new NetmakerSetupError(
      'build-failed',
      `Building Netmaker ${version} failed (exit ${result.code}${result.timedOut ? ', timed out' : ''}). ` +
        `Last lines of ${out}:\n${tail(readFileSync(out, 'utf8'))}`,
    )
  }
  const seconds = Math.round((Date.now() - started) / 1000)
  log(`built Netmaker ${version} in ${seconds}s`)
  return { binary, built: true, seconds }
}

function run(cmd, args, { cwd, env, logFile, timeoutMs }) {
  return new Promise((done) => {
    const fd = openSync(logFile, 'w')
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', fd, fd] })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      done({ code: code ?? 1, timedOut })
    })
    child.on('error', () => {
      clearTimeout(timer)
      done({ code: 127, timedOut })
    })
  })
}

/** Resolves when nothing listens on 127.0.0.1:port and it can be bound on every interface, as Netmaker does. */
async function assertPortFree(port, what) {
  if (!(await isPortFree(port))) {
    throw new NetmakerSetupError(
      'port-in-use',
      `Port ${port} (${what}) is already in use. Stop whatever listens there, or choose another port ` +
        `(--port / --stub-port, or the port option).`,
    )
  }
}

/**
 * The loopback stub: answers the server's public-address look-ups with 127.0.0.1 and refuses (and records)
 * every proxied outbound request, so the server never reaches beyond this machine.
 */
async function startStub(port) {
  await assertPortFree(port, 'loopback stub')
  const outbound = []
  const server = createServer((req, res) => {
    if (req.url?.startsWith('http')) {
      outbound.push(`${req.method} ${req.url}`)
      res.writeHead(403).end()
      return
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end('127.0.0.1')
  })
  server.on('connect', (req, socket) => {
    outbound.push(`CONNECT ${req.url}`)
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
  })
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok))
  return { url: `http://127.0.0.1:${port}/ip`, outbound, close: () => new Promise((ok) => server.close(() => ok())) }
}

async function request(url, path, { method = 'GET', token, body } = {}) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  })
  const text = await res.text()
  let json = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = null
  }
  return { status: res.status, text, json }
}

async function must(label, promise) {
  const res = await promise
  if (res.status !== 200) {
    throw new NetmakerSetupError('seed-failed', `Seeding failed at "${label}": ${res.status} ${res.text.slice(0, 300)}`)
  }
  return res.json
}

/** The seed used by the contract and end-to-end tests; every step goes through the server's own API. */
export const SEED = {
  admin: { username: 'admin', password: 'Netmaker-e2e-1' },
  networks: [
    { netid: 'netmaker', addressrange: '10.101.0.0/16' },
    { netid: 'iot-network', addressrange: '10.102.0.0/16' },
    { netid: 'private-mesh', addressrange: '10.103.0.0/16' },
  ],
}

/**
 * A host registration body as `netclient join` sends it, with what the server needs to accept it offline:
 * Go decodes `publickey` (a WireGuard key, [32]byte) from an array of numbers, and `macaddress` and
 * `traffickeypublic` ([]byte) from base64.
 *
 * Every host gets its own MAC address: the server queues an existing host with the same MAC (and its
 * nodes) as a "zombie" on a channel of 10 that only its message-queue loop drains, so with
 * MESSAGEQUEUE_BACKEND=off a few registrations sharing a MAC fill it and every later one hangs.
 */
export function hostRegistration(name) {
  return {
    id: randomUUID(),
    name,
    version: 'v1.6.0',
    os: 'linux',
    firewallinuse: 'nftables',
    listenport: 51821,
    publickey: [...randomBytes(32)],
    traffickeypublic: randomBytes(32).toString('base64'),
    hostpass: randomBytes(16).toString('hex'),
    macaddress: Buffer.from([2, ...randomBytes(5)]).toString('base64'),
    endpointip: '127.0.0.1',
  }
}

/** Registers a host with an enrollment token, as `netclient join -t <token>` does. */
export function registerHost(url, token, name) {
  return request(url, `/api/v1/host/register/${encodeURIComponent(token)}`, {
    method: 'POST',
    body: hostRegistration(name),
  })
}

/**
 * Seeds a fresh server: the super admin, three networks (each gets its default key), one key of each type,
 * a host registered with the limited key (one use spent; the server gives the host a node in each of the
 * key's networks), and that host's node in `netmaker` made a gateway (relay).
 * Returns what it made.

 */
export async function seedNetmaker(url, masterKey) {
  const seed = { admin: SEED.admin, networks: [], keys: {}, host: null, gateway: null }
  await must(
    'create super admin',
    request(url, '/api/users/adm/createsuperadmin', { method: 'POST', body: SEED.admin }),
  )
  for (const network of SEED.networks) {
    await must(
      `create network ${network.netid}`,
      request(url, '/api/networks', { method: 'POST', token: masterKey, body: network }),
    )
    seed.networks.push(network.netid)
  }
  const inAYear = Math.floor(Date.now() / 1000) + 365 * 24 * 3600
  const keyBodies = {
    unlimited: { tags: ['office-laptops'], networks: ['netmaker'], unlimited: true },
    limited: { tags: ['ci-runners'], networks: ['netmaker', 'iot-network'], uses_remaining: 5 },
    timed: { tags: ['contractors'], networks: ['private-mesh'], expiration: inAYear },
  }
  for (const [type, body] of Object.entries(keyBodies)) {
    const key = await must(
      `create ${type} key`,
      request(url, '/api/v1/enrollment-keys', {
        method: 'POST',
        token: masterKey,
        body: { type: 0, uses_remaining: 0, expiration: 0, unlimited: false, relay: '', groups: [], ...body },
      }),
    )
    seed.keys[type] = { value: key.value, name: body.tags[0] }
  }
  const limitedToken = (await request(url, '/api/v1/enrollment-keys', { token: masterKey })).json?.find(
    (k) => k.value === seed.keys.limited.value,
  )?.token
  const reg = await must('register a host', registerHost(url, limitedToken ?? '', 'edge-gateway'))
  const hostId = reg.requested_host?.id
  seed.host = { id: hostId, name: 'edge-gateway' }
  // The server adds the host's nodes just after answering.
  let node = null
  for (let i = 0; i < 50 && !node; i += 1) {
    const nodes = (await request(url, '/api/nodes', { token: masterKey })).json ?? []
    node = nodes.find((n) => n.hostid === hostId && n.network === 'netmaker') ?? null
    if (!node) await sleep(100)
  }
  if (!node)
    throw new NetmakerSetupError('seed-failed', 'Seeding failed: the registered host got no node in "netmaker".')
  await must(
    'make the node a gateway',
    request(url, `/api/nodes/netmaker/${node.id}/gateway`, { method: 'POST', token: masterKey, body: {} }),
  )
  seed.gateway = { nodeId: node.id, network: 'netmaker', hostName: 'edge-gateway' }
  return seed
}

/**
 * Installs (if needed), starts and seeds a server. Options: version, port, stubPort, corsOrigin,
 * masterKey, seed (default true), lockoutSeconds (default 10), startTimeoutMs, log (a function for progress).
 */
export async function startNetmaker(options = {}) {
  const {
    version = DEFAULT_VERSION,
    port = DEFAULT_PORT,
    stubPort = DEFAULT_STUB_PORT,
    corsOrigin = '*',
    masterKey = `mk-${randomBytes(18).toString('hex')}`,
    seed = true,
    lockoutSeconds = 10,
    startTimeoutMs = START_TIMEOUT_MS,
    log = () => {},
  } = options
  const { binary } = await installNetmaker(version, { log })
  const startedAt = Date.now()
  await assertPortFree(port, 'Netmaker API')
  const stub = await startStub(stubPort)
  const dataDir = mkdtempSync(join(tmpdir(), `netmaker-${version}-`))
  const logFile = join(dataDir, 'netmaker.log')
  const url = `http://127.0.0.1:${port}`
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dataDir,
    DATABASE: 'sqlite',
    MASTER_KEY: masterKey,
    API_PORT: String(port),
    SERVER_HTTP_HOST: `127.0.0.1:${port}`,
    DISABLE_REMOTE_IP_CHECK: 'on',
    PUBLIC_IP_SERVICE: stub.url,
    HTTP_PROXY: `http://127.0.0.1:${stubPort}`,
    HTTPS_PROXY: `http://127.0.0.1:${stubPort}`,
    NO_PROXY: '127.0.0.1,localhost',
    MESSAGEQUEUE_BACKEND: 'off',
    DNS_MODE: 'off',
    TELEMETRY: 'off',
    CORS_ALLOWED_ORIGIN: corsOrigin,
    AUTH_RATE_LIMIT_LOCKOUT_DURATION: String(lockoutSeconds),
    VERBOSITY: '1',
  }
  const fd = openSync(logFile, 'a')
  const child = spawn(binary, [], { cwd: dataDir, env, stdio: ['ignore', fd, fd] })
  const proc = superviseChild(child)
  const logTail = () => (existsSync(logFile) ? tail(readFileSync(logFile, 'utf8')) : '(no log)')
  const cleanup = async () => {
    await proc.stop('SIGTERM')
    await stub.close()
    rmSync(dataDir, { recursive: true, force: true })
  }

  let status = null
  const deadline = Date.now() + startTimeoutMs
  while (status === null) {
    const exited = proc.exited()
    if (exited !== null) {
      const text = logTail()
      await cleanup()
      throw new NetmakerSetupError(
        'exited',
        `Netmaker ${version} exited at start (${exited.code ?? exited.signal}). Log tail:\n${text}`,
      )
    }
    if (Date.now() > deadline) {
      const text = logTail()
      await cleanup()
      throw new NetmakerSetupError(
        'start-timeout',
        `Netmaker ${version} did not answer ${url}/api/server/status within ${startTimeoutMs / 1000}s. Log tail:\n${text}`,
      )
    }
    try {
      const res = await request(url, '/api/server/status')
      if (res.status === 200 && res.json) status = res.json
    } catch {
      await sleep(200)
    }
  }

  const startupMs = Date.now() - startedAt
  let seeded = null
  if (seed) {
    try {
      seeded = await seedNetmaker(url, masterKey)
    } catch (error) {
      await cleanup()
      throw error
    }
  }
  log(`Netmaker ${status.version} is up at ${url} after ${startupMs} ms (pid ${child.pid}, data ${dataDir})`)
  return {
    url,
    masterKey,
    version: status.version,
    status,
    pid: child.pid,
    dataDir,
    logFile,
    seed: seeded,
    startupMs,
    stub,
    stop: cleanup,
  }
}

function parseArgs(argv) {
  const opts = {
    version: DEFAULT_VERSION,
    port: DEFAULT_PORT,
    stubPort: DEFAULT_STUB_PORT,
    corsOrigin: '*',
    seed: true,
  }
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2)
    const value = () => inline ?? argv[++i]
    if (flag === '--version') opts.version = value()
    else if (flag === '--port') opts.port = Number(value())
    else if (flag === '--stub-port') opts.stubPort = Number(value())
    else if (flag === '--cors-origin') opts.corsOrigin = value()
    else if (flag === '--master-key') opts.masterKey = value()
    else if (flag === '--no-seed') opts.seed = false
    else if (flag === '--install-only') opts.installOnly = true
    else if (flag === '--json') opts.json = true
    else throw new NetmakerSetupError('usage', `Unknown option ${argv[i]}. See the top of scripts/netmaker-server.mjs.`)
  }
  if (!/^v\d+\.\d+\.\d+$/.test(opts.version ?? '')) {
    throw new NetmakerSetupError('usage', `--version wants a release tag such as v1.6.0, not "${opts.version}".`)
  }
  return opts
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const log = (line) => console.error(`[netmaker] ${line}`)
  if (opts.installOnly) {
    const result = await installNetmaker(opts.version, { log })
    console.log(result.built ? `built ${result.binary} in ${result.seconds}s` : `cached: ${result.binary}`)
    return
  }
  const server = await startNetmaker({ ...opts, log })
  const info = {
    url: server.url,
    masterKey: server.masterKey,
    version: server.version,
    pid: server.pid,
    seed: server.seed,
  }
  if (opts.json) console.log(JSON.stringify(info))
  else {
    console.log(`Netmaker ${server.version} at ${server.url}`)
    console.log(`master key:  ${server.masterKey}`)
    if (server.seed) console.log(`super admin: ${server.seed.admin.username} / ${server.seed.admin.password}`)
    console.log(`log:         ${server.logFile}`)
    console.log('Ctrl-C stops it.')
  }
  stopOnSignals(server.stop)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof NetmakerSetupError ? `netmaker-server: ${error.message}` : error)
    process.exit(2)
  })
}
