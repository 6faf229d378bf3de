import type { Host, HostRegistration } from '@/api/hosts/schemas'
import type { Node } from '@/api/nodes/schemas'

import { dbRng, getDb } from './db'
import { joinEvent } from './events'
import { hasScenario } from './scenarios'
import { type DbKey, makeUuid } from './wire'

/** The next free host address in a network (`10.30.0.0/16` → `10.30.0.<n>/16`), like the server's IPAM. */
function nextAddress(network: string): string {
  const db = getDb()
  const range = db.networks.find((net) => net.netid === network)?.addressrange ?? '10.0.0.0/16'
  const [base = '10.0.0.0', bits = '16'] = range.split('/')
  const prefix = base.split('.').slice(0, 3).join('.')
  const used = new Set(db.nodes.filter((node) => node.network === network).map((node) => String(node.address)))
  for (let host = 1; host < 255; host++) {
    const address = `${prefix}.${host}/${bits}`
    if (!used.has(address)) return address
  }
  return `${prefix}.254/${bits}`
}

export type Enrollment = { host: Host; nodes: Node[] }

/**
 * What a successful registration leaves behind on the server: the host (new, or the one with this id),
 * one node per network of the key that the host is not in yet — with the key's node tags and gateway —
 * and, on a Pro server, a JOIN_HOST_TO_NETWORK event per network naming the key and the host.
 */
export function enrollHost(key: DbKey, registration: HostRegistration, now: Date = new Date()): Enrollment {
  const db = getDb()
  let host = db.hosts.find((h) => h.id === registration.id)
  if (!host) {
    host = {
      id: registration.id,
      name: registration.name,
      os: registration.os ?? 'linux',
      version: registration.version ?? '',
    }
    db.hosts.push(host)
  }
  const joined = new Set(db.nodes.filter((node) => node.hostid === host.id).map((node) => node.network))
  const nodes: Node[] = []
  for (const network of key.networks) {
    if (joined.has(network)) continue
    const node: Node = {
      id: makeUuid(dbRng()),
      hostid: host.id,
      network,
      isrelay: false,
      address: nextAddress(network),
      connected: true,
      isingressgateway: false,
      isegressgateway: false,
      isrelayed: key.gateway_id !== null,
      relayedby: key.gateway_id ?? '',
      tags: Object.fromEntries((key.tags ?? []).filter((tag) => tag.startsWith(`${network}.`)).map((tag) => [tag, {}])),
    }
    db.nodes.push(node)
    nodes.push(node)
    // Community servers keep no activity log.
    if (!hasScenario('community')) db.events.push(joinEvent(db.events.length + 1, key, host, network, now))
  }
  return { host, nodes }
}

/**
 * The host a register request carries. The route's own checks on the body belong to the handler; here a
 * body without an id or name still enrolls (as a new host with a fresh id), so older callers keep working.
 */
export function registrationFrom(body: unknown): HostRegistration {
  const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)
  return {
    ...fields,
    id: text(fields.id) ?? makeUuid(dbRng()),
    name: text(fields.name) ?? 'netclient-host',
    os: text(fields.os),
    version: text(fields.version),
  }
}
