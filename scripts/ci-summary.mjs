#!/usr/bin/env node
/* global process, console */
/**
 * The closing line of `.ci/run`: `N passed, N failed` (skipped tests are reported on the line before), summed from the Vitest and Playwright
 * JSON reports, plus one failure for every stage that failed without a failing test to show for it
 * (lint, typecheck, a build, the bundle budget, a test runner that crashed or wrote no report).
 *
 *   node scripts/ci-summary.mjs [--vitest=reports/vitest.json] [--playwright=reports/playwright.json]
 *                               [--contract=reports/contract.json] [--playwright-nginx=reports/playwright-nginx.json]
 *                               [--stages=reports/stages.tsv]
 *
 * Four reports count in the totals: unit tests (Vitest, stage `unit`), the API contract suite (Vitest: the
 * mock in every generation and the real server, stage `contract`), the demo-build journeys (Playwright,
 * stage `e2e`) and the deployment journeys through nginx on a real server (Playwright, stage `e2e-nginx`).
 *
 * stages.tsv has one `name<TAB>status` line per stage, status being `ok`, `failed` or `skipped`.
 * Prints details first and the summary line last; exits 1 when anything failed or no test ran.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Vitest's JSON reporter (Jest-compatible): numPassedTests, numFailedTests, numPendingTests, numTodoTests. */
export function countVitest(report) {
  const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
  return {
    passed: num(report.numPassedTests),
    failed: num(report.numFailedTests),
    skipped: num(report.numPendingTests) + num(report.numTodoTests),
    // A file that failed to load (syntax error, failing import) has no tests but still failed.
    brokenFiles: Array.isArray(report.testResults)
      ? report.testResults.filter(
          (r) => r && r.status === 'failed' && (!Array.isArray(r.assertionResults) || r.assertionResults.length === 0),
        ).length
      : 0,
  }
}

/**
 * Playwright's JSON reporter: every test has a final `status` — 'expected' and 'flaky' passed,
 * 'unexpected' failed, 'skipped' skipped. Retries are inside one test, so each test counts once.
 */
export function countPlaywright(report) {
  const counts = { passed: 0, failed: 0, skipped: 0, globalErrors: 0 }
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'expected' || test.status === 'flaky') counts.passed += 1
        else if (test.status === 'unexpected') counts.failed += 1
        else counts.skipped += 1
      }
    }
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of report.suites ?? []) walk(suite)
  counts.globalErrors = Array.isArray(report.errors) ? report.errors.length : 0
  return counts
}

function readJson(path) {
  if (!existsSync(path)) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    console.log(`ci-summary: ${path} is not valid JSON (${error instanceof Error ? error.message : error})`)
    return null
  }
}

function readStages(path) {
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', status = ''] = line.split('\t')
      return { name: name.trim(), status: status.trim() }
    })
}

function main(argv) {
  const flags = new Map(
    argv.map((a) => {
      const [name, value = ''] = a.replace(/^--/, '').split('=')
      return [name, value]
    }),
  )
  const vitestPath = flags.get('vitest') || 'reports/vitest.json'
  const playwrightPath = flags.get('playwright') || 'reports/playwright.json'
  const stages = readStages(flags.get('stages') || 'reports/stages.tsv')
  const stageStatus = new Map(stages.map((s) => [s.name, s.status]))

  let passed = 0
  let failed = 0
  let skipped = 0
  const problems = []

  // Every test report, in the order CI runs them. Unit tests always run; the others only when their stage did.
  const suites = [
    { stage: 'unit', label: 'unit (vitest):     ', kind: 'vitest', path: vitestPath, always: true },
    {
      stage: 'contract',
      label: 'contract (vitest): ',
      kind: 'vitest',
      path: flags.get('contract') || 'reports/contract.json',
    },
    { stage: 'e2e', label: 'e2e (playwright):  ', kind: 'playwright', path: playwrightPath },
    {
      stage: 'e2e-nginx',
      label: 'e2e via nginx:     ',
      kind: 'playwright',
      path: flags.get('playwright-nginx') || 'reports/playwright-nginx.json',
    },
  ]
  const failedByStage = new Map()
  const reportByStage = new Map()
  for (const { stage, label, kind, path, always } of suites) {
    const report = readJson(path)
    reportByStage.set(stage, report)
    if (!report) {
      if (always || stageStatus.has(stage)) console.log(`${label} no report at ${path}`)
      continue
    }
    if (kind === 'vitest') {
      const c = countVitest(report)
      passed += c.passed
      failed += c.failed + c.brokenFiles
      skipped += c.skipped
      failedByStage.set(stage, c.failed + c.brokenFiles)
      console.log(
        `${label} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped` +
          (c.brokenFiles ? `, ${c.brokenFiles} test file(s) failed to run` : ''),
      )
    } else {
      const c = countPlaywright(report)
      passed += c.passed
      failed += c.failed
      skipped += c.skipped
      failedByStage.set(stage, c.failed)
      console.log(
        `${label} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped` +
          (c.globalErrors ? `, ${c.globalErrors} run error(s)` : ''),
      )
    }
  }

  // A failed stage with no failing test behind it still counts once.
  for (const { name, status } of stages) {
    if (status !== 'failed') continue
    if ((failedByStage.get(name) ?? 0) > 0) continue
    failed += 1
    problems.push(`stage "${name}" failed`)
  }
  // A test stage that was expected to run but produced no report.
  for (const [stage, report] of reportByStage) {
    if (stageStatus.get(stage) === 'ok' && !report) {
      failed += 1
      problems.push(`stage "${stage}" exited 0 but wrote no report`)
    }
  }

  if (stages.length > 0) {
    console.log(`stages:             ${stages.map((s) => `${s.name} ${s.status}`).join(', ')}`)
  }
  for (const problem of problems) console.log(`problem:            ${problem}`)
  if (passed + failed === 0) console.log('problem:            no test ran')

  const ok = failed === 0 && passed > 0 && problems.length === 0
  if (skipped > 0) console.log(`skipped:            ${skipped} (counted in neither number below)`)
  // The last line is exactly `N passed, N failed`, as CI reads it.
  console.log(`${passed} passed, ${failed} failed`)
  return ok ? 0 : 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2))
}
