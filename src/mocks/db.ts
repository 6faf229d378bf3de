import * as z from 'zod/mini'

import { activityEventSchema } from '@/api/activity/schemas'
import { schemaEnrollmentKeySchema } from '@/api/enrollment-keys/schemas'
import { hostSchema } from '@/api/hosts/schemas'
import { networkSchema } from '@/api/networks/schemas'
import { nodeSchema } from '@/api/nodes/schemas'
import { tagSchema } from '@/api/tags/schemas'

import { SCENARIO_NAMES, type ScenarioName, SEED, seed, type SeedData } from './seed'
import { rfc3339, Rng, toDbKey } from './wire'

/** Where the browser keeps the database (bump the version when the stored shape changes). */
export const STORAGE_KEY = 'nm-mock-db:v1'

export type DbState = SeedData & {
  /** Active scenarios (persisted with the data). */
  scenarios: ScenarioName[]
  /** When the data was seeded: the base of the seed's relative dates. */
  seededAt: string
  /** JWTs issued by the mock's login. */
  sessions: string[]
}

const persistedSchema = z.object({
  scenarios: z.array(z.enum(SCENARIO_NAMES)),
  seededAt: z.string(),
  rng: z.number(),
  sessions: z.array(z.string()),
  /** False when the data was too large to store: it is re-seeded from `scenarios` and `seededAt`. */
  full: z.boolean(),
  networks: z.optional(z.array(networkSchema)),
  hosts: z.optional(z.array(hostSchema)),
  nodes: z.optional(z.array(nodeSchema)),
  tags: z.optional(z.array(tagSchema)),
  keys: z.optional(z.array(z.omit(schemaEnrollmentKeySchema, { token: true }))),
  /** Missing in data stored before the activity log existed: it then starts empty. */
  events: z.optional(z.array(activityEventSchema)),
})

let rng = new Rng(SEED)
let state: DbState = build([], new Date(), [])
let persistent = false

function build(scenarios: readonly ScenarioName[], now: Date, sessions: string[]): DbState {
  rng = new Rng(SEED)
  const data = seed(scenarios, now, rng)
  return { ...data, scenarios: [...scenarios], seededAt: rfc3339(now), sessions }
}

/** The live database. Handlers mutate it and then call `saveDb()`. */
export function getDb(): DbState {
  return state
}

/** The PRNG for new key values and uuids (deterministic, persisted). */
export function dbRng(): Rng {
  return rng
}

export type ResetOptions = {
  /** Keep the issued login tokens (the browser demo does, so a reset does not sign the user out). */
  keepSessions?: boolean
  /** Base time for the seed's relative dates (default: now). */
  now?: Date
}

/** Re-seed the database for the given scenarios (none = the plain seed). */
export function resetDb(scenarios: readonly ScenarioName[] = [], options: ResetOptions = {}): void {
  state = build(scenarios, options.now ?? new Date(), options.keepSessions ? [...state.sessions] : [])
  saveDb()
}

/** Persist the database when running in the browser (no-op in tests). */
export function saveDb(): void {
  if (!persistent) return
  const meta = { scenarios: state.scenarios, seededAt: state.seededAt, rng: rng.state, sessions: state.sessions }
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...meta, full: true, ...dataOf(state) }))
  } catch {
    // Too large for localStorage (the `large` scenario): keep what is needed to seed it again.
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...meta, full: false }))
    } catch {
      // storage unavailable: the demo just does not survive a reload
    }
  }
}

function dataOf(db: DbState): SeedData {
  return { networks: db.networks, hosts: db.hosts, nodes: db.nodes, tags: db.tags, keys: db.keys, events: db.events }
}

/** Back to memory only (tests of persistence switch it off again). */
export function disablePersistence(): void {
  persistent = false
}

/**
 * Turn on localStorage persistence (browser only) and load what was stored.
 * Returns false when nothing usable was stored (the caller then seeds).
 */
export function enablePersistence(): boolean {
  persistent = true
  let raw: string | null = null
  try {
    raw = localStorage.getItem(STORAGE_KEY)
  } catch {
    return false
  }
  if (!raw) return false
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return false
  }
  const parsed = persistedSchema.safeParse(json)
  if (!parsed.success) return false
  const stored = parsed.data
  if (stored.full && stored.networks && stored.hosts && stored.nodes && stored.tags && stored.keys) {
    state = {
      scenarios: stored.scenarios,
      seededAt: stored.seededAt,
      sessions: stored.sessions,
      networks: stored.networks,
      hosts: stored.hosts,
      nodes: stored.nodes,
      tags: stored.tags,
      keys: stored.keys.map(toDbKey),
      events: stored.events ?? [],
    }
  } else {
    const seededAt = new Date(stored.seededAt)
    state = build(stored.scenarios, Number.isNaN(seededAt.getTime()) ? new Date() : seededAt, stored.sessions)
  }
  rng = new Rng(stored.rng)
  return true
}
