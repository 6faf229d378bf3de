import type { ActivityEvent } from '@/api/activity/schemas'
import { type WireKeyType, ZERO_TIME } from '@/api/enrollment-keys/schemas'
import type { Host } from '@/api/hosts/schemas'
import type { Network } from '@/api/networks/schemas'
import type { Node } from '@/api/nodes/schemas'
import type { Tag } from '@/api/tags/schemas'

import { joinEvent, keyCreatedEvent, loginEvent } from './events'
import { type DbKey, makeUuid, makeValue, rfc3339, type Rng } from './wire'

/** Every scenario the mock knows (see scenarios.ts for what each does). */
export const SCENARIO_NAMES = [
  'empty',
  'large',
  'error',
  'slow',
  'flaky',
  'create-fails-after-save',
  'v1.5',
  'v1.6',
  'community',
  'hostile',
] as const
export type ScenarioName = (typeof SCENARIO_NAMES)[number]

export type SeedData = {
  networks: Network[]
  hosts: Host[]
  nodes: Node[]
  tags: Tag[]
  keys: DbKey[]
  /** The activity log (Pro): logins, key creations, and hosts joining with keys. */
  events: ActivityEvent[]
}

/** Seed used for the PRNG behind key values and uuids. */
export const SEED = 0x4e4d4b31

/** Fixed ids of the seeded hosts and nodes (tests may refer to them). */
export const SEED_IDS = {
  hosts: {
    relayFra01: '5d0c3a8e-1b2f-4c6d-8e9f-0a1b2c3d4e01',
    relayNyc02: '5d0c3a8e-1b2f-4c6d-8e9f-0a1b2c3d4e02',
    edgeGwIot: '5d0c3a8e-1b2f-4c6d-8e9f-0a1b2c3d4e03',
    laptopAna: '5d0c3a8e-1b2f-4c6d-8e9f-0a1b2c3d4e04',
    buildServer: '5d0c3a8e-1b2f-4c6d-8e9f-0a1b2c3d4e05',
  },
  nodes: {
    /** relay-fra-01 in private-mesh (relay). */
    fraPrivateMesh: '9a7e6f10-2c3d-4e5f-a6b7-c8d9e0f1a201',
    /** relay-fra-01 in netmaker (relay). */
    fraNetmaker: '9a7e6f10-2c3d-4e5f-a6b7-c8d9e0f1a202',
    /** relay-nyc-02 in zero-path (relay). */
    nycZeroPath: '9a7e6f10-2c3d-4e5f-a6b7-c8d9e0f1a203',
    /** edge-gw-iot in iot-network (relay). */
    edgeIot: '9a7e6f10-2c3d-4e5f-a6b7-c8d9e0f1a204',
    /** laptop-ana in private-mesh (not a relay). */
    anaPrivateMesh: '9a7e6f10-2c3d-4e5f-a6b7-c8d9e0f1a205',
    /** build-server in netmaker (not a relay). */
    buildNetmaker: '9a7e6f10-2c3d-4e5f-a6b7-c8d9e0f1a206',
  },
} as const

const SEED_NETWORKS: ReadonlyArray<readonly [netid: string, range: string]> = [
  ['iot-network', '10.10.0.0/16'],
  ['netmaker', '10.20.0.0/16'],
  ['private-mesh', '10.30.0.0/16'],
  ['turbo-link', '10.40.0.0/16'],
  ['zero-path', '10.50.0.0/16'],
]

const SEED_TAGS: Record<string, readonly string[]> = {
  'private-mesh': ['web', 'db'],
  'zero-path': ['web', 'ops'],
  'iot-network': ['sensors', 'cameras'],
  netmaker: ['ci'],
}

const DAY_MS = 24 * 60 * 60 * 1000

export function makeNetwork(netid: string, addressrange: string, now: Date): Network {
  const stamp = Math.floor(now.getTime() / 1000)
  return {
    netid,
    addressrange,
    addressrange6: '',
    defaultinterface: 'nm-' + netid.slice(0, 12),
    defaultlistenport: 51821,
    nodeslastmodified: stamp,
    networklastmodified: stamp,
    isipv4: 'yes',
    isipv6: 'no',
    defaultacl: 'yes',
  }
}

export function makeTag(network: string, name: string, now: Date): Tag {
  return {
    id: `${network}.${name}`,
    tag_name: name,
    network,
    created_by: 'admin',
    created_at: rfc3339(now),
    used_by_count: 0,
  }
}

type KeyInput = {
  name: string
  networks: string[]
  type: WireKeyType
  uses?: number
  expiration?: Date | null
  unlimited?: boolean
  relay?: string | null
  groups?: string[]
  isDefault?: boolean
  autoAssign?: boolean
  createdBy?: string
  createdAt: Date
  /** `createdAt` already formatted (saves time when seeding thousands of keys). */
  createdStamp?: string
}

export function makeKey(rng: Rng, input: KeyInput): DbKey {
  const stamp = input.createdStamp ?? rfc3339(input.createdAt)
  return {
    id: makeUuid(rng),
    name: input.name,
    value: makeValue(rng),
    default: input.isDefault ?? false,
    unlimited: input.unlimited ?? false,
    uses_remaining: input.uses ?? 0,
    expiration: input.expiration ? rfc3339(input.expiration) : ZERO_TIME,
    networks: input.networks,
    tags: input.groups ?? [],
    gateway_id: input.relay ?? null,
    auto_egress: false,
    auto_assign_gateway: input.autoAssign ?? false,
    type: input.type,
    created_by: input.createdBy ?? 'admin',
    created_at: stamp,
    updated_at: stamp,
  }
}

/** The key a network gets when it is created: named after it, unlimited, default. */
export function makeDefaultKey(rng: Rng, netid: string, createdAt: Date, createdBy = 'admin'): DbKey {
  return makeKey(rng, {
    name: netid,
    networks: [netid],
    type: 3,
    unlimited: true,
    isDefault: true,
    groups: [],
    createdBy,
    createdAt,
  })
}

function baseSeed(rng: Rng, now: Date): SeedData {
  const created = new Date(now.getTime() - 30 * DAY_MS)
  const networks = SEED_NETWORKS.map(([netid, range]) => makeNetwork(netid, range, created))

  const { hosts: H, nodes: N } = SEED_IDS
  const hosts: Host[] = [
    { id: H.relayFra01, name: 'relay-fra-01', os: 'linux', version: 'v1.6.0' },
    { id: H.relayNyc02, name: 'relay-nyc-02', os: 'linux', version: 'v1.6.0' },
    { id: H.edgeGwIot, name: 'edge-gw-iot', os: 'linux', version: 'v1.6.0' },
    { id: H.laptopAna, name: 'laptop-ana', os: 'darwin', version: 'v1.6.0' },
    { id: H.buildServer, name: 'build-server', os: 'linux', version: 'v1.6.0' },
  ]
  const node = (id: string, hostid: string, network: string, isrelay: boolean, address: string): Node => ({
    id,
    hostid,
    network,
    isrelay,
    address,
    connected: true,
    isingressgateway: false,
    isegressgateway: false,
  })
  const nodes: Node[] = [
    node(N.fraPrivateMesh, H.relayFra01, 'private-mesh', true, '10.30.0.1/16'),
    node(N.fraNetmaker, H.relayFra01, 'netmaker', true, '10.20.0.1/16'),
    node(N.nycZeroPath, H.relayNyc02, 'zero-path', true, '10.50.0.1/16'),
    node(N.edgeIot, H.edgeGwIot, 'iot-network', true, '10.10.0.1/16'),
    node(N.anaPrivateMesh, H.laptopAna, 'private-mesh', false, '10.30.0.2/16'),
    node(N.buildNetmaker, H.buildServer, 'netmaker', false, '10.20.0.2/16'),
  ]

  const tags: Tag[] = []
  for (const [netid] of SEED_NETWORKS) {
    tags.push(makeTag(netid, 'gateways', created))
    for (const name of SEED_TAGS[netid] ?? []) tags.push(makeTag(netid, name, created))
  }

  const keys: DbKey[] = SEED_NETWORKS.map(([netid]) => makeDefaultKey(rng, netid, created))
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS)
  keys.push(
    makeKey(rng, {
      name: 'office-laptops',
      networks: ['private-mesh'],
      type: 3,
      unlimited: true,
      groups: ['private-mesh.web'],
      createdAt: at(28),
    }),
    makeKey(rng, {
      name: 'contractor-march',
      networks: ['netmaker'],
      type: 1,
      expiration: new Date('2026-03-31T18:00:00Z'),
      createdAt: new Date('2026-03-01T09:00:00Z'),
    }),
    makeKey(rng, {
      name: 'staging-ci',
      networks: ['netmaker'],
      type: 2,
      uses: 5,
      relay: N.fraNetmaker,
      groups: ['netmaker.ci'],
      createdAt: at(20),
    }),
    makeKey(rng, { name: 'ci-runners-used', networks: ['netmaker'], type: 2, uses: 0, createdAt: at(19) }),
    makeKey(rng, {
      name: 'iot-sensors-q1',
      networks: ['iot-network'],
      type: 1,
      expiration: new Date(now.getTime() + 90 * DAY_MS),
      relay: N.edgeIot,
      groups: ['iot-network.sensors'],
      createdAt: at(15),
    }),
    makeKey(rng, {
      name: 'multi-site-web',
      networks: ['private-mesh', 'zero-path'],
      type: 3,
      unlimited: true,
      autoAssign: true,
      groups: ['private-mesh.web', 'zero-path.web'],
      createdAt: at(12),
    }),
    makeKey(rng, {
      name: 'weekend-event',
      networks: ['turbo-link'],
      type: 1,
      expiration: new Date(now.getTime() + 2 * DAY_MS),
      createdAt: at(3),
    }),
    makeKey(rng, {
      name: 'legacy-fallback',
      networks: ['zero-path'],
      type: 1,
      expiration: new Date('2026-01-15T00:00:00Z'),
      unlimited: true,
      createdAt: new Date('2025-12-01T12:00:00Z'),
    }),
    makeKey(rng, { name: 'broken-import', networks: ['turbo-link'], type: 0, createdAt: at(40) }),
    makeKey(rng, { name: 'single-use-kiosk', networks: ['turbo-link'], type: 2, uses: 1, createdAt: at(2) }),
  )

  return { networks, hosts, nodes, tags, keys, events: seedEvents(keys, now) }
}

/** Devices that joined with `office-laptops` over its four weeks, oldest last (laptop-ana is still here). */
const OFFICE_LAPTOPS = [
  'ben',
  'chloe',
  'dev',
  'emil',
  'farah',
  'gus',
  'hana',
  'ivo',
  'jade',
  'kai',
  'lena',
  'milo',
  'nora',
]

/**
 * A month of activity: a daily sign-in, each custom key's creation, and the joins with keys (14 laptops
 * with `office-laptops`, two web servers with `multi-site-web` on both its networks, the build server with
 * `staging-ci`). Enough events for more than one page of the activity API.
 */
function seedEvents(keys: readonly DbKey[], now: Date): ActivityEvent[] {
  const at = (daysAgo: number, hours = 0) => new Date(now.getTime() - daysAgo * DAY_MS + hours * 3_600_000)
  const byName = new Map(keys.map((key) => [key.name, key]))
  const events: ActivityEvent[] = []
  let n = 0
  for (const key of keys) {
    if (key.default || !key.created_at) continue
    events.push(keyCreatedEvent(++n, key, key.created_by ?? 'admin', new Date(key.created_at)))
  }
  for (let day = 0; day < 30; day++) events.push(loginEvent(++n, 'admin', at(day, -1)))
  const office = byName.get('office-laptops')
  if (office) {
    OFFICE_LAPTOPS.forEach((name, i) => {
      const id = `5d0c3a8e-1b2f-4c6d-8e9f-0a1b2c3d5f${String(i).padStart(2, '0')}`
      events.push(joinEvent(++n, office, { id, name: `laptop-${name}` }, 'private-mesh', at(1 + 2 * i, 3)))
    })
    const ana = { id: SEED_IDS.hosts.laptopAna, name: 'laptop-ana' }
    events.push(joinEvent(++n, office, ana, 'private-mesh', at(27, 3)))
  }
  const web = byName.get('multi-site-web')
  if (web) {
    for (const [i, daysAgo] of [10, 4].entries()) {
      const host = { id: `5d0c3a8e-1b2f-4c6d-8e9f-0a1b2c3d5e1${i}`, name: `web-0${i + 1}` }
      for (const network of web.networks) events.push(joinEvent(++n, web, host, network, at(daysAgo, 2)))
    }
  }
  const staging = byName.get('staging-ci')
  if (staging) {
    const build = { id: SEED_IDS.hosts.buildServer, name: 'build-server' }
    events.push(joinEvent(++n, staging, build, 'netmaker', at(18, 5)))
  }
  return events
}

const LARGE_NETWORKS = 50
const LARGE_KEYS = 10_000

/** 50 networks and 10,000 keys in all states (the five seeded networks and keys included). */
function largeSeed(rng: Rng, now: Date): SeedData {
  const data = baseSeed(rng, now)
  const created = new Date(now.getTime() - 60 * DAY_MS)
  const relayOf = new Map<string, string>()
  for (const node of data.nodes) if (node.isrelay && !relayOf.has(node.network)) relayOf.set(node.network, node.id)

  for (let i = data.networks.length + 1; i <= LARGE_NETWORKS; i++) {
    const n = String(i).padStart(2, '0')
    const netid = `site-${n}`
    data.networks.push(makeNetwork(netid, `10.${100 + i}.0.0/16`, created))
    data.tags.push(makeTag(netid, 'gateways', created), makeTag(netid, 'web', created))
    data.keys.push(makeDefaultKey(rng, netid, created))
    const hostId = makeUuid(rng)
    const nodeId = makeUuid(rng)
    data.hosts.push({ id: hostId, name: `gw-site-${n}`, os: 'linux', version: 'v1.6.0' })
    data.nodes.push({
      id: nodeId,
      hostid: hostId,
      network: netid,
      isrelay: true,
      address: `10.${100 + i}.0.1/16`,
      connected: true,
      isingressgateway: false,
      isegressgateway: false,
    })
    relayOf.set(netid, nodeId)
  }

  const netids = data.networks.map((net) => net.netid)
  const tagsOf = new Map<string, string[]>()
  for (const tag of data.tags) {
    if (tag.tag_name === 'gateways') continue
    const list = tagsOf.get(tag.network) ?? []
    list.push(tag.id)
    tagsOf.set(tag.network, list)
  }

  const stamps = Array.from({ length: 59 }, (_, day) => rfc3339(new Date(created.getTime() + day * DAY_MS)))
  for (let i = 1; data.keys.length < LARGE_KEYS; i++) {
    const network = netids[rng.int(netids.length)] ?? 'netmaker'
    const networks = [network]
    if (i % 7 === 0) {
      const other = netids[rng.int(netids.length)]
      if (other && other !== network) networks.push(other)
    }
    const kind = i % 10
    const day = rng.int(59)
    const createdAt = new Date(created.getTime() + day * DAY_MS)
    const createdStamp = stamps[day] ?? rfc3339(createdAt)
    const base = { name: `bulk-key-${String(i).padStart(5, '0')}`, networks, createdAt, createdStamp }
    const relay = i % 4 === 0 ? (relayOf.get(network) ?? null) : null
    const groups = i % 3 === 0 ? (tagsOf.get(network) ?? []).slice(0, 1) : []
    const extra = { relay, groups, autoAssign: relay === null && i % 5 === 0 }
    if (kind <= 2) data.keys.push(makeKey(rng, { ...base, ...extra, type: 3, unlimited: true }))
    else if (kind <= 4) data.keys.push(makeKey(rng, { ...base, ...extra, type: 2, uses: 1 + rng.int(50) }))
    else if (kind === 5) data.keys.push(makeKey(rng, { ...base, ...extra, type: 2, uses: 0 }))
    else if (kind <= 7) {
      const expiration = new Date(now.getTime() + (1 + rng.int(180)) * DAY_MS)
      data.keys.push(makeKey(rng, { ...base, ...extra, type: 1, expiration }))
    } else if (kind === 8) {
      const expiration = new Date(now.getTime() - (1 + rng.int(180)) * DAY_MS)
      data.keys.push(makeKey(rng, { ...base, ...extra, type: 1, expiration }))
    } else data.keys.push(makeKey(rng, { ...base, type: 0 }))
  }
  return data
}

/** Names and ids that try to be markup, overflow the layout or confuse text direction. */
export const HOSTILE = {
  script: '<script>window.__pwned = "script"</script>',
  image: '<img src=x onerror="window.__pwned = \'img\'">',
  long: `long-${'W'.repeat(1995)}`,
  rtl: 'مفتاح \u202Eevil.exe\u202C key',
  zeroWidth: 'zero\u200Bwidth\u200D\uFEFFkey',
  emoji: '🔑 keys 🚀 for 👩🏽‍💻 hosts',
  network: '<b>net</b>"\'&amp;',
  tag: '<svg onload="window.__pwned = \'tag\'">',
} as const

/** The plain seed plus keys, a network and a tag whose texts are hostile (the `hostile` scenario). */
function hostileSeed(rng: Rng, now: Date): SeedData {
  const data = baseSeed(rng, now)
  const network = HOSTILE.network
  data.networks.push(makeNetwork(network, '10.250.0.0/16', now))
  data.tags.push(makeTag(network, HOSTILE.tag, now))
  const tagId = `${network}.${HOSTILE.tag}`
  const createdAt = new Date(now.getTime() - DAY_MS)
  const key = (name: string, extra: Partial<KeyInput> = {}) =>
    makeKey(rng, { name, networks: [network, 'netmaker'], type: 3, unlimited: true, createdAt, ...extra })
  data.keys.push(
    key(HOSTILE.script, { groups: [tagId] }),
    key(HOSTILE.image),
    key(HOSTILE.long, { type: 2, uses: 5, unlimited: false }),
    key(HOSTILE.rtl),
    key(HOSTILE.zeroWidth),
    key(HOSTILE.emoji, { type: 1, unlimited: false, expiration: new Date(now.getTime() + 3 * DAY_MS) }),
  )
  return data
}

/** The database contents for a set of scenarios; `rng` supplies values and uuids. */
export function seed(scenarios: readonly ScenarioName[], now: Date, rng: Rng): SeedData {
  if (scenarios.includes('empty')) return { networks: [], hosts: [], nodes: [], tags: [], keys: [], events: [] }
  if (scenarios.includes('large')) return largeSeed(rng, now)
  if (scenarios.includes('hostile')) return hostileSeed(rng, now)
  return baseSeed(rng, now)
}
