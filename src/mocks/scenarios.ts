import { getDb, resetDb, type ResetOptions } from './db'
import { resetRateLimit } from './rate-limit'
import { SCENARIO_NAMES, type ScenarioName } from './seed'

export { SCENARIO_NAMES, type ScenarioName }

/**
 * Scenarios, chosen in the browser with `?scenario=a,b` and in unit tests with `applyScenarios([...])`:
 * - `empty`: no networks, keys, hosts or nodes.
 * - `large`: 10,000 keys over 50 networks.
 * - `error`: the key list answers 500 (database is locked).
 * - `slow`: every response takes 1.5 s.
 * - `flaky`: about a third of requests fail with 500, never twice in a row on one route
 *   (server status, sign-in and the mock's own routes are spared). On a route that saves before it can
 *   fail (creating a key), the failures alternate: the first comes before anything is saved, the next after
 *   the key is saved, and so on, the way a real server that crashes mid-request leaves it.
 * - `create-fails-after-save`: every create that passes the server's checks saves the key, then answers
 *   500. Resending the same create makes a second key with that name on the newest line.
 * - `v1.5`: a v1.5.1 server: legacy shape everywhere, no regenerate-token or get-default, `default` ignored.
 * - `v1.6`: a v1.6.0 server: legacy shape everywhere, regenerate-token, get-default, `default` on create and
 *   update, key names unique among key names, sign-in rate limit.
 * Without either, the mock is the newest generation (v1.8.0): schema-shaped answers to mutations.
 * - `community`: a Community Edition server: no tags endpoint, `is_pro: false`.
 * - `hostile`: names, network ids and tags made of markup, 2,000 characters, right-to-left overrides,
 *   zero-width characters and emoji; the key list also carries fields the console does not know, a
 *   `type` it does not know, and `null` where lists are expected.
 */
export const SCENARIO_DESCRIPTIONS: Record<ScenarioName, string> = {
  empty: 'no networks, keys or nodes',
  large: '10,000 keys over 50 networks',
  error: 'the key list fails with 500',
  slow: 'every response takes 1.5 s',
  flaky: 'a third of requests fail with 500, some creates after saving the key',
  'create-fails-after-save': 'creates save the key, then fail with 500',
  'v1.5': 'a v1.5.1 server',
  'v1.6': 'a v1.6.0 server',
  community: 'a Community Edition server',
  hostile: 'markup, 2,000-character, right-to-left and emoji names; unknown fields and types; null lists',
}

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
