#!/usr/bin/env node
/* global process, console */
/**
 * `npm audit --omit=dev` for CI: the runtime dependencies (what ships in dist/) must have no high or
 * critical advisory.
 *
 *   node scripts/audit.mjs      exit 0: audited, none high or critical
 *                               exit 1: high or critical advisories (listed)
 *                               exit 3: no audit result: the registry's audit service did not answer
 *                                       (some mirrors refuse it); says so, never reports "clean"
 */
import { spawnSync } from 'node:child_process'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  env: { ...process.env, NPM_CONFIG_AUDIT: 'true' },
})
let report = null
try {
  report = JSON.parse(run.stdout)
} catch {
  report = null
}

const counts = report?.metadata?.vulnerabilities
if (!counts) {
  const why =
    report?.error?.summary || report?.message || run.stderr.trim().split('\n').slice(-3).join(' ') || 'no answer'
  console.log(`audit: no result — the npm audit service could not be used (${why}).`)
  process.exit(3)
}

const { info = 0, low = 0, moderate = 0, high = 0, critical = 0 } = counts
const deps = report.metadata?.dependencies?.prod ?? report.metadata?.dependencies?.total ?? '?'
console.log(
  `audit: ${deps} runtime dependencies; advisories: ${critical} critical, ${high} high, ${moderate} moderate, ${low} low, ${info} info`,
)
if (high + critical > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === 'high' || v.severity === 'critical') console.log(`  ${v.severity}: ${name} ${v.range ?? ''}`)
  }
  process.exit(1)
}
