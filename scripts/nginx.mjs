#!/usr/bin/env node
/* global process, console, fetch, AbortSignal */
/**
 * nginx in front of the console's production build, configured by the shipped `deploy/nginx.conf`.
 *
 * The tests do not use a config of their own: this script renders deploy/nginx.conf with loopback values
 * (the three lines marked SET in it) and runs nginx with it, so that what CI checks is what ships.
 *
 * Library (the nginx Playwright project's global setup):
 *
 *   import { startNginx } from './scripts/nginx.mjs'
 *   const site = await startNginx({ port: 8084, root: 'dist', api: '127.0.0.1:18261' })
 *   site.url    // 'http://127.0.0.1:8084'
 *   await site.stop()   // by pid: SIGQUIT (graceful), SIGKILL after 5 s; removes the temp folder
 *
 *   Options: port, root (the built console), api ("host:port" of the Netmaker API to proxy `/api/` to; null
 *   or omitted: no proxy, the console calls an API on another origin), connectSrc (extra CSP connect-src
 *   origins, for that other origin), log (a function for progress).
 *
 * CLI (try it by hand; Ctrl-C stops it):
 *
 *   node scripts/nginx.mjs --port 8084 --root dist --api 127.0.0.1:18261
 *   node scripts/nginx.mjs --port 8085 --root dist --connect-src http://127.0.0.1:18261
 *   node scripts/nginx.mjs --print ...    (prints the rendered site config and exits)
 *
 * Needs Debian's `nginx` package (`apt-get install -y nginx`); `.ci/run` installs it when missing. Runs as
 * any user: everything nginx writes (pid, logs, temp files) goes to a fresh folder under the OS temp dir.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { isPortFree, sleep, stopOnSignals, superviseChild, tail } from './lib/processes.mjs'

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const SITE_CONFIG = join(REPO, 'deploy', 'nginx.conf')

export class NginxSetupError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message)
    this.name = 'NginxSetupError'
  }
}

/** The nginx binary, or a clear error saying how to get one. */
export function findNginx() {
  for (const candidate of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (candidate && existsSync(candidate)) return candidate
  }
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' })
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim()
  throw new NginxSetupError(
    'nginx is not installed. On Debian/Ubuntu: `apt-get install -y nginx` (as root), or set NGINX_PATH.',
  )
}

/** Replace exactly one occurrence of `from`; a template that changed shape is an error, not a silent miss. */
function replaceOnce(text, from, to) {
  const first = text.indexOf(from)
  if (first === -1 || text.indexOf(from, first + 1) !== -1) {
    throw new NginxSetupError(`deploy/nginx.conf: expected exactly one "${from}"`)
  }
  return text.slice(0, first) + to + text.slice(first + from.length)
}

/** Remove the block that starts with `head` (e.g. "location /api/ {") up to its matching brace. */
function removeBlock(text, head) {
  const start = text.indexOf(head)
  if (start === -1) throw new NginxSetupError(`deploy/nginx.conf: expected a block "${head}"`)
  let depth = 0
  for (let i = text.indexOf('{', start); i < text.length; i += 1) {
    if (text[i] === '{') depth += 1
    else if (text[i] === '}') {
      depth -= 1
      if (depth === 0) {
        const lineStart = text.lastIndexOf('\n', start) + 1
        return text.slice(0, lineStart) + text.slice(i + 1).replace(/^[ \t]*\n/, '')
      }
    }
  }
  throw new NginxSetupError(`deploy/nginx.conf: unbalanced braces after "${head}"`)
}

/**
 * deploy/nginx.conf with the three SET values filled in. With `api`, `/api/` is proxied there (same
 * origin); without, the proxy is removed and `connectSrc` origins are added to the CSP's connect-src.
 * @param {SiteOptions} options
 * @param {string} [template]
 * @returns {string}
 */
export function renderSiteConfig(
  { port, root, api = null, connectSrc = [] },
  template = readFileSync(SITE_CONFIG, 'utf8'),
) {
  let text = template
  text = replaceOnce(text, 'listen 80;', `listen 127.0.0.1:${port};`)
  text = replaceOnce(text, 'root /var/www/keys-console;', `root ${resolve(root)};`)
  if (api) {
    text = replaceOnce(text, 'server 127.0.0.1:8081;', `server ${api};`)
  } else {
    text = removeBlock(text, 'upstream netmaker_api {')
    text = removeBlock(text, 'location /api/ {')
    text = removeBlock(text, 'location @netmaker_unreachable {')
  }
  if (connectSrc.length > 0) {
    text = replaceOnce(text, "connect-src 'self';", `connect-src 'self' ${connectSrc.join(' ')};`)
  }
  return text
}

/** The top-level config: the site config inside an `http {}` whose files all live in `dir`. */
function mainConfig(dir, siteFile) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  return [
    // As root nginx would switch its workers to `nobody`, who may not read a checkout under /root.
    isRoot ? 'user root;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    sendfile on;',
    `    access_log ${join(dir, 'access.log')};`,
    `    client_body_temp_path ${join(dir, 'tmp', 'body')};`,
    `    proxy_temp_path ${join(dir, 'tmp', 'proxy')};`,
    `    fastcgi_temp_path ${join(dir, 'tmp', 'fastcgi')};`,
    `    uwsgi_temp_path ${join(dir, 'tmp', 'uwsgi')};`,
    `    scgi_temp_path ${join(dir, 'tmp', 'scgi')};`,
    `    include ${siteFile};`,
    '}',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
}

async function assertPortFree(port) {
  if (!(await isPortFree(port, '127.0.0.1'))) {
    throw new NginxSetupError(`Port ${port} on 127.0.0.1 is in use: stop what listens there or pick another port.`)
  }
}

/**
 * @typedef {object} SiteOptions
 * @property {number} port       loopback port to listen on
 * @property {string} root       the built console (dist/)
 * @property {string | null} [api]        "host:port" of the Netmaker API for `/api/`; none: no proxy
 * @property {string[]} [connectSrc]     extra CSP connect-src origins (an API on another origin)
 */

/**
 * Start nginx with the rendered deploy config; resolves once it serves index.html.
 * @param {SiteOptions & { log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, pid: number | undefined, dir: string, logTail: () => string, stop: () => Promise<void> }>}
 */
export async function startNginx({ port, root, api = null, connectSrc = [], log = () => {} }) {
  const nginx = findNginx()
  if (!existsSync(join(root, 'index.html'))) {
    throw new NginxSetupError(`${resolve(root)}/index.html is missing: run \`npm run build\` first.`)
  }
  await assertPortFree(port)
  const dir = mkdtempSync(join(tmpdir(), `keys-console-nginx-${port}-`))
  mkdirSync(join(dir, 'tmp'))
  const siteFile = join(dir, 'site.conf')
  writeFileSync(siteFile, renderSiteConfig({ port, root, api, connectSrc }))
  const confFile = join(dir, 'nginx.conf')
  writeFileSync(confFile, mainConfig(dir, siteFile))
  const errorLog = join(dir, 'error.log')
  const logTail = () => (existsSync(errorLog) ? tail(readFileSync(errorLog, 'utf8')) : '(no error log)')

  const check = spawnSync(nginx, ['-t', '-q', '-p', dir, '-c', confFile], { encoding: 'utf8' })
  if (check.status !== 0) {
    rmSync(dir, { recursive: true, force: true })
    throw new NginxSetupError(`nginx rejected the rendered deploy/nginx.conf:\n${check.stderr || check.stdout}`)
  }

  const child = spawn(nginx, ['-p', dir, '-c', confFile], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  const proc = superviseChild(child)
  const stop = async () => {
    await proc.stop('SIGQUIT') // nginx's graceful shutdown
    rmSync(dir, { recursive: true, force: true })
  }

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    const exited = proc.exited()
    if (exited !== null) {
      const text = `${stderr}\n${logTail()}`.trim()
      await stop()
      throw new NginxSetupError(`nginx exited at start (${exited.code ?? exited.signal}):\n${text}`)
    }
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) })
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      const text = logTail()
      await stop()
      throw new NginxSetupError(`nginx did not answer ${url}/ within 10 s. Error log:\n${text}`)
    }
    await sleep(100)
  }
  log(`nginx serves ${resolve(root)} at ${url}${api ? `, /api/ → ${api}` : ''} (pid ${child.pid})`)
  return { url, pid: child.pid, dir, logTail, stop }
}

function parseArgs(argv) {
  const opts = { port: 8084, root: 'dist', api: null, connectSrc: [], print: false }
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2)
    const value = () => inline ?? argv[++i]
    if (flag === '--port') opts.port = Number(value())
    else if (flag === '--root') opts.root = value()
    else if (flag === '--api') opts.api = value()
    else if (flag === '--connect-src') opts.connectSrc.push(value())
    else if (flag === '--print') opts.print = true
    else throw new NginxSetupError(`Unknown option ${argv[i]}. See the top of scripts/nginx.mjs.`)
  }
  return opts
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  if (opts.print) {
    console.log(renderSiteConfig(opts))
    return
  }
  const site = await startNginx({ ...opts, log: (line) => console.error(`[nginx] ${line}`) })
  console.log(`${site.url} (Ctrl-C stops it)`)
  stopOnSignals(site.stop)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof NginxSetupError ? `nginx: ${error.message}` : error)
    process.exit(2)
  })
}
