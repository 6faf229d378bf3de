#!/usr/bin/env node
/* global process, console */
/**
 * Bundle budget: the gzip size (level 9) of the JavaScript the Keys page loads before it can render —
 * the entry chunk named by dist/index.html's module script, every chunk it imports statically (followed
 * transitively) and every <link rel="modulepreload">. Lazy chunks (dynamic `import()`) are not counted.
 *
 *   node scripts/bundle-size.mjs [distDir] [--budget=<kB>] [--json]
 *
 * Exits 1 when the figure is over the budget (default 120 kB; 1 kB = 1000 bytes, as Vite prints them),
 * 2 when the build is missing. `measureInitialJs()` is exported for other scripts (e.g. scripts/bench.mjs).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

export const DEFAULT_BUDGET_KB = 120

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** `<script type="module" src>` and `<link rel="modulepreload" href>` of an HTML page, in order. */
export function initialScriptsOf(html) {
  const urls = []
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    if (!/\btype\s*=\s*["']?module\b/i.test(tag)) continue
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)
    if (src?.[1]) urls.push(src[1])
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel\s*=\s*["']?modulepreload\b/i.test(tag)) continue
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)
    if (href?.[1]) urls.push(href[1])
  }
  return urls
}

/**
 * Static import specifiers of a (minified) ES module: `import x from"./a.js"`, `import"./b.js"`,
 * `export{x}from"./c.js"`, `export*from"./d.js"`. Dynamic `import("./e.js")` is deliberately not matched.
 */
export function staticImportsOf(code) {
  const specifiers = new Set()
  const patterns = [
    /(?:^|[;\s}])import\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s*[\w$]+|\{[^}]*\})?\s*from\s*["']([^"']+)["']/g,
    /(?:^|[;\s}])import\s*["']([^"']+)["']/g,
    /(?:^|[;\s}])export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g,
  ]
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      if (match[1]) specifiers.add(match[1])
    }
  }
  return [...specifiers]
}

/** Map a URL from index.html (or a relative import inside a chunk) to a file in distDir; null if external. */
function toFile(distDir, url, fromFile) {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null
  const clean = url.split(/[?#]/)[0]
  if (clean.startsWith('/')) return join(distDir, ...clean.split('/').filter(Boolean))
  if (fromFile && (clean.startsWith('./') || clean.startsWith('../'))) {
    return resolve(dirname(fromFile), clean)
  }
  if (!fromFile) return join(distDir, clean)
  return null // a bare specifier cannot appear in a built chunk
}

/**
 * Measure the initial JS of a built app.
 * @param {string} distDir directory with index.html (default: <repo>/dist)
 * @returns {{ files: { file: string, bytes: number, gzipBytes: number }[], bytes: number, gzipBytes: number }}
 */
export function measureInitialJs(distDir = join(ROOT, 'dist')) {
  const indexPath = join(distDir, 'index.html')
  if (!existsSync(indexPath)) {
    throw new Error(`${relative(process.cwd(), indexPath) || indexPath} not found: run \`npm run build\` first`)
  }
  const html = readFileSync(indexPath, 'utf8')
  const entries = initialScriptsOf(html)
  if (entries.length === 0) throw new Error(`no <script type="module"> in ${indexPath}`)

  const seen = new Set()
  const queue = entries.map((url) => toFile(distDir, url, null)).filter(Boolean)
  const files = []
  while (queue.length > 0) {
    const file = queue.shift()
    if (seen.has(file)) continue
    seen.add(file)
    if (!existsSync(file)) throw new Error(`${file} is referenced by the build but missing`)
    const source = readFileSync(file)
    files.push({
      file: relative(distDir, file).split(/[\\/]/).join(posix.sep),
      bytes: source.length,
      gzipBytes: gzipSync(source, { level: 9 }).length,
    })
    for (const specifier of staticImportsOf(source.toString('utf8'))) {
      const target = toFile(distDir, specifier, file)
      if (target && target.endsWith('.js') && !seen.has(target)) queue.push(target)
    }
  }
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  }
}

export const kB = (bytes) => (bytes / 1000).toFixed(1)

async function main(argv) {
  const args = argv.filter((a) => !a.startsWith('--'))
  const flags = new Map(
    argv
      .filter((a) => a.startsWith('--'))
      .map((a) => {
        const [name, value = 'true'] = a.slice(2).split('=')
        return [name, value]
      }),
  )
  const distDir = resolve(args[0] ?? join(ROOT, 'dist'))
  const budgetKb = Number(flags.get('budget') ?? DEFAULT_BUDGET_KB)
  if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
    console.error(`bundle-size: --budget must be a positive number of kB, got ${flags.get('budget')}`)
    return 2
  }

  let result
  try {
    result = measureInitialJs(distDir)
  } catch (error) {
    console.error(`bundle-size: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }

  const over = result.gzipBytes > budgetKb * 1000
  if (flags.has('json')) {
    console.log(JSON.stringify({ distDir, budgetKb, over, ...result }, null, 2))
  } else {
    console.log(`Initial JS of the Keys page (${relative(process.cwd(), distDir) || '.'}/index.html, gzip -9):`)
    for (const f of result.files) {
      console.log(`  ${f.file.padEnd(48)} ${kB(f.bytes).padStart(8)} kB  gzip ${kB(f.gzipBytes).padStart(7)} kB`)
    }
    console.log(
      `Initial JS: ${kB(result.gzipBytes)} kB gzip (${result.gzipBytes} bytes; ${kB(result.bytes)} kB raw) — ` +
        `budget ${budgetKb} kB: ${over ? 'OVER BUDGET' : 'ok'}`,
    )
  }
  return over ? 1 : 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2))
}
