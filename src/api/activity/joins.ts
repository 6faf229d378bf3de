import { type ActivityEvent, DEVICE_SUBJECT, ENROLLMENT_KEY_SUBJECT, JOIN_HOST_TO_NETWORK } from './schemas'

/** A device that joined with an enrollment key: one entry per join, covering every network it joined. */
export type KeyEnrollment = {
  /** The event id of the newest of the grouped events (stable, unique). */
  id: string
  hostId: string
  hostName: string
  networks: string[]
  joinedAt: Date
}

/** Events of one join arrive one per network, at the same moment: group those within this window. */
const SAME_JOIN_MS = 60_000

/** Whether an event records a host joining a network with this key (matched by the key's value). */
export function isJoinWithKey(event: ActivityEvent, keyValue: string): boolean {
  return (
    event.action === JOIN_HOST_TO_NETWORK &&
    event.source?.subject_type === ENROLLMENT_KEY_SUBJECT &&
    event.source.id === keyValue &&
    event.target?.subject_type === DEVICE_SUBJECT
  )
}

/** The joins with a key among newest-first events, newest first, one entry per device and join. */
export function enrollmentsFromEvents(events: readonly ActivityEvent[], keyValue: string): KeyEnrollment[] {
  const out: KeyEnrollment[] = []
  for (const event of events) {
    if (!isJoinWithKey(event, keyValue) || !event.target) continue
    const at = new Date(event.time_stamp)
    if (Number.isNaN(at.getTime())) continue
    const network = event.network_id ?? ''
    const last = out.at(-1)
    if (last && last.hostId === event.target.id && last.joinedAt.getTime() - at.getTime() <= SAME_JOIN_MS) {
      if (network && !last.networks.includes(network)) last.networks.push(network)
      continue
    }
    out.push({
      id: event.id,
      hostId: event.target.id,
      hostName: event.target.name,
      networks: network ? [network] : [],
      joinedAt: at,
    })
  }
  return out
}
