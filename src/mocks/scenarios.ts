import { getDb, resetDb, type ResetOptions } from './db'
import { resetRateLimit } from './rate-limit'
import { SCENARIO_NAMES, type ScenarioName } from './seed'

export { SCENARIO_NAMES, type ScenarioName }

export const SLOW_DELAY_MS = 1500
export const LIST_ERROR_MESSAGE = 'failed to fetch enrollment keys: database is locked'
export const FLAKY_ERROR_MESSAGE = 'could not complete the request: database is locked'

export function isScenarioName(name: string): name is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(name)
}

/** `"large,slow"` → ['large', 'slow']; unknown names, `default` and blanks are dropped. */
export function parseScenarioParam(param: string): ScenarioName[] {
  const names = param
    .split(',')
    .map((name) => name.trim())
    .filter(isScenarioName)
  return [...new Set(names)]
}

/** Re-seed the database for these scenarios and make them active (unit tests and the browser). */
export function applyScenarios(names: readonly ScenarioName[], options: ResetOptions = {}): void {
  resetFlaky()
  resetRateLimit()
  resetDb(names, options)
}

/** The server generations the mock can be; the newest unless a scenario picks an older one. */
export type MockGeneration = 'v1.5' | 'v1.6' | 'v1.8'
export const GENERATION_VERSIONS: Record<MockGeneration, string> = {
  'v1.5': 'v1.5.1',
  'v1.6': 'v1.6.0',
  'v1.8': 'v1.8.0',
}
const GENERATION_ORDER: MockGeneration[] = ['v1.5', 'v1.6', 'v1.8']

export function mockGeneration(): MockGeneration {
  if (hasScenario('v1.5')) return 'v1.5'
  if (hasScenario('v1.6')) return 'v1.6'
  return 'v1.8'
}

/** Whether the mock is this generation or a newer one. */
export function generationAtLeast(generation: MockGeneration): boolean {
  return GENERATION_ORDER.indexOf(mockGeneration()) >= GENERATION_ORDER.indexOf(generation)
}

export function activeScenarios(): readonly ScenarioName[] {
  return getDb().scenarios
}

export function hasScenario(name: ScenarioName): boolean {
  return getDb().scenarios.includes(name)
}

type FlakyRoute = { count: number; failedLast: boolean; failures: number }
const flakyRoutes = new Map<string, FlakyRoute>()

function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}

/**
 * Whether the `flaky` scenario fails this request. Deterministic per route: fails half of the requests
 * that follow a success, never one right after a failure: a third overall, and a retry succeeds.
 */
export function flakyShouldFail(route: string): boolean {
  const entry = flakyEntry(route)
  entry.count += 1
  const fail = !entry.failedLast && hash(`${route}#${entry.count}`) % 2 === 0
  entry.failedLast = fail
  if (fail) entry.failures += 1
  return fail
}

/**
 * For a route that saves before it can fail: whether the `flaky` failure just decided by
 * `flakyShouldFail` comes after saving. They alternate per route, the first before saving.
 */
export function flakyFailsAfterSave(route: string): boolean {
  return flakyEntry(route).failures % 2 === 0
}

function flakyEntry(route: string): FlakyRoute {
  let entry = flakyRoutes.get(route)
  if (!entry) {
    entry = { count: 0, failedLast: false, failures: 0 }
    flakyRoutes.set(route, entry)
  }
  return entry
}

export function resetFlaky(): void {
  flakyRoutes.clear()
}
