#!/usr/bin/env node
/* global process, console, window, document, performance, MutationObserver, requestAnimationFrame, sessionStorage, fetch, URL, setTimeout, PerformanceObserver */
/**
 * Keys page performance at scale (the `large` scenario: 10,000 keys), measured in a real Chromium:
 *
 *   - first rows: from the key list's response arriving to the first table rows in the DOM;
 *   - search: from a keystroke in "Search keys" to the rows updating (the list follows the box at
 *     once; only the URL update is debounced, ~150 ms);
 *   - sort: from a click on a column header to the rows updating;
 *   - export: from a click on "Download CSV" / "Download JSON" (all 10,000 keys) to the file handed to
 *     the browser, and the longest main-thread task meanwhile (how long the page could not respond).
 *
 * Each figure is the median of several runs. Then the production initial JS (gzip) of the page.
 *
 *   npm run bench [-- --runs=7] [-- --rebuild]
 *
 * Builds the demo into dist-demo unless it is newer than the sources, serves it with `vite preview`
 * on a free port (or BENCH_PORT) and drives Debian's Chromium (or CHROMIUM_PATH) with Playwright.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

import { chromium } from '@playwright/test'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DIST = join(ROOT, 'dist-demo')
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')

const flags = new Map(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--'))
    .map((a) => {
      const [name, value = 'true'] = a.slice(2).split('=')
      return [name, value]
    }),
)
const RUNS = Math.max(1, Number(flags.get('runs') ?? 7))

const SESSION = JSON.stringify({ token: 'demo-master-key', serverUrl: '', username: 'admin' })
const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

/** Newest modification time under a path (files only). */
function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

function buildDemoIfStale() {
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', '.env', '.env.demo']
  const newestSource = Math.max(...sources.map((p) => newestMtime(join(ROOT, p))))
  const built = newestMtime(join(DIST, 'index.html'))
  if (!flags.has('rebuild') && built > newestSource) {
    console.log('Using dist-demo (newer than the sources).')
    return
  }
  console.log('Building the demo into dist-demo…')
  const result = spawnSync(
    process.execPath,
    [VITE, 'build', '--mode', 'demo', '--outDir', DIST, '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) throw new Error('demo build failed')
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function startPreview(port) {
  const child = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      '--mode',
      'demo',
      '--outDir',
      DIST,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${output}`)
    try {
      const response = await fetch(url)
      if (response.ok) return { child, url }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill()
  throw new Error(`vite preview did not start on ${url}:\n${output}`)
}

/**
 * In the page, before the app: sign in, note when the key list's response arrives and when the first
 * rows appear.
 */
function instrument(session) {
  sessionStorage.setItem('nm-console.session', session)
  const bench = { listAt: 0, rowsAt: 0 }
  window.__bench = bench
  const originalFetch = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const response = await originalFetch(input, init)
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const method = (
      init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET')
    ).toUpperCase()
    if (method === 'GET' && /\/api\/v1\/enrollment-keys(?:\?|$)/.test(url) && !bench.listAt) {
      bench.listAt = performance.now()
    }
    return response
  }
  const observer = new MutationObserver(() => {
    if (!bench.rowsAt && document.querySelector('table[aria-label="Enrollment keys"] tbody tr')) {
      bench.rowsAt = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true })
}

/**
 * Arm a one-shot measurement: the start is the next `eventType` event (keydown, click); the end is
 * the first DOM change of the list (rows, count, or "no match") after it, and the frame after that.
 */
async function arm(page, eventType) {
  await page.evaluate((type) => {
    const m = { start: 0, dom: 0, frame: 0 }
    window.__measure = m
    const region = document.querySelector('main') ?? document.body
    const search = document.querySelector('input[type="search"]')
    const observer = new MutationObserver((records) => {
      if (!m.start || m.dom) return
      if (records.every((r) => search && (r.target === search || search.contains(r.target)))) return
      m.dom = performance.now()
      observer.disconnect()
      requestAnimationFrame(() => (m.frame = performance.now()))
    })
    observer.observe(region, { childList: true, subtree: true, characterData: true })
    document.addEventListener(type, () => (m.start = performance.now()), { capture: true, once: true })
  }, eventType)
}

async function collect(page) {
  await page.waitForFunction(() => window.__measure.frame > 0, null, { timeout: 10_000 })
  return page.evaluate(() => window.__measure)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const fmt = (ms) => `${ms.toFixed(1)} ms`

async function openLarge(context, url) {
  const page = await context.newPage()
  await page.goto(`${url}/keys?scenario=large`)
  await page.getByRole('table', { name: 'Enrollment keys' }).waitFor({ timeout: 30_000 })
  await page.waitForFunction(() => window.__bench.rowsAt > 0)
  return page
}

async function main() {
  buildDemoIfStale()
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort()
  const { child, url } = await startPreview(port)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const results = []
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' })
    await context.addInitScript(instrument, SESSION)

    // First rows after the list arrives (a fresh page load each run; the mock re-seeds 10,000 keys).
    const firstRows = []
    const sinceStart = []
    for (let i = 0; i < RUNS; i++) {
      const page = await openLarge(context, url)
      const b = await page.evaluate(() => window.__bench)
      firstRows.push(b.rowsAt - b.listAt)
      sinceStart.push(b.rowsAt)
      await page.close()
    }
    results.push(['First rows after the list response', median(firstRows), firstRows])
    results.push(['First rows after navigation start', median(sinceStart), sinceStart])

    const page = await openLarge(context, url)
    const search = page.getByRole('searchbox', { name: 'Search keys' })
    const range = page.getByRole('navigation', { name: 'Pagination' })

    // Search: one keystroke into an empty box filters all 10,000 keys.
    const keystroke = []
    const chars = ['1', '2', '3', '4', '5', '6', '7', '8', '9']
    for (let i = 0; i < RUNS; i++) {
      await search.fill('')
      await range.getByText(/of 10,0\d\d keys/).waitFor()
      await page.waitForTimeout(300)
      await search.focus()
      await arm(page, 'keydown')
      await page.keyboard.press(chars[i % chars.length])
      const m = await collect(page)
      keystroke.push(m.dom - m.start)
    }
    results.push(['Search: keystroke → rows', median(keystroke), keystroke])
    await search.fill('')
    await range.getByText(/of 10,0\d\d keys/).waitFor()

    // Sort: a click on a column header re-sorts all 10,000 keys.
    const headers = ['Status', 'Expires', 'Type / usage', 'Name']
    const sort = []
    for (let i = 0; i < RUNS; i++) {
      const button = page.getByRole('columnheader', { name: headers[i % headers.length] }).getByRole('button')
      await page.waitForTimeout(200)
      await arm(page, 'click')
      await button.click()
      const m = await collect(page)
      sort.push(m.dom - m.start)
    }
    results.push(['Sort: header click → rows', median(sort), sort])

    // Paging: next page.
    const paging = []
    for (let i = 0; i < RUNS; i++) {
      await page.waitForTimeout(200)
      await arm(page, 'click')
      await page.getByRole('button', { name: i % 2 ? 'Previous page' : 'Next page' }).click()
      const m = await collect(page)
      paging.push(m.dom - m.start)
    }
    results.push(['Paging: next/previous → rows', median(paging), paging])

    // Export: all 10,000 keys as CSV, then as JSON, through the Export dialog.
    for (const format of ['CSV', 'JSON']) {
      const took = []
      const blocked = []
      for (let i = 0; i < RUNS; i++) {
        await page.getByRole('button', { name: 'Export', exact: true }).click()
        const dialog = page.getByRole('dialog', { name: 'Export keys' })
        await dialog.getByRole('radio', { name: format }).click()
        const download = dialog.getByRole('button', { name: `Download ${format} (10,000 keys)` })
        await download.waitFor()
        await page.evaluate(() => {
          const m = { start: 0, filed: 0, longest: 0 }
          window.__export = m
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) m.longest = Math.max(m.longest, entry.duration)
          })
          observer.observe({ type: 'longtask' })
          window.__exportObserver = observer
          const create = URL.createObjectURL.bind(URL)
          URL.createObjectURL = (blob) => {
            if (!m.filed) m.filed = performance.now()
            return create(blob)
          }
          document.addEventListener('click', () => (m.start = performance.now()), { capture: true, once: true })
        })
        const downloaded = page.waitForEvent('download')
        await download.click()
        await (await downloaded).cancel()
        await page.waitForTimeout(100)
        const m = await page.evaluate(() => {
          window.__exportObserver.disconnect()
          return window.__export
        })
        took.push(m.filed - m.start)
        blocked.push(m.longest)
        await dialog.waitFor({ state: 'detached' })
      }
      results.push([`Export ${format}: click → file (10,000 keys)`, median(took), took])
      results.push([`Export ${format}: longest main-thread task`, median(blocked), blocked])
    }
    await context.close()
  } finally {
    await browser.close()
    child.kill()
  }

  console.log(`\nKeys page, scenario=large (10,000 keys), Chromium headless, median of ${RUNS} runs:\n`)
  const width = Math.max(...results.map(([label]) => label.length))
  for (const [label, value, all] of results) {
    console.log(`  ${label.padEnd(width)}  ${fmt(value).padStart(10)}   (${all.map((v) => v.toFixed(0)).join(', ')})`)
  }

  // Production initial JS (gzip -9), via scripts/bundle-size.mjs when present.
  const outDir = mkdtempSync(join(tmpdir(), 'keys-bench-dist-'))
  try {
    const build = spawnSync(
      process.execPath,
      [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    )
    if (build.status !== 0) throw new Error('production build failed')
    const sizeScript = join(ROOT, 'scripts', 'bundle-size.mjs')
    let gzipBytes
    if (existsSync(sizeScript)) {
      const { measureInitialJs } = await import(pathToFileURL(sizeScript).href)
      gzipBytes = measureInitialJs(outDir).gzipBytes
    } else {
      const html = readFileSync(join(outDir, 'index.html'), 'utf8')
      const entry = /<script[^>]+type="module"[^>]+src="\/([^"]+)"/.exec(html)?.[1]
      if (!entry) throw new Error('no entry chunk in index.html')
      gzipBytes = gzipSync(readFileSync(join(outDir, entry)), { level: 9 }).length
    }
    console.log(`\n  Initial JS (production build, gzip -9): ${(gzipBytes / 1000).toFixed(1)} kB (budget 120 kB)\n`)
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
