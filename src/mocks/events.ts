import {
  type ActivityEvent,
  type ActivitySubject,
  DEVICE_SUBJECT,
  ENROLLMENT_KEY_SUBJECT,
  JOIN_HOST_TO_NETWORK,
} from '@/api/activity/schemas'

import { type DbKey, rfc3339 } from './wire'

/**
 * The activity log a Pro server keeps (`schema.Event`): newest first when listed. Ids are uuids made from
 * a counter, so seeding and enrolling never draw on the PRNG behind key values.
 */
export function eventId(n: number): string {
  return `e0e0e0e0-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
}

function subject(id: string, name: string, type: string): ActivitySubject & { info: null } {
  return { id, name, subject_type: type, info: null }
}

/** A host joining one network with a key (what the register route records per network). */
export function joinEvent(
  n: number,
  key: Pick<DbKey, 'value' | 'name'>,
  host: { id: string; name: string },
  network: string,
  at: Date,
): ActivityEvent {
  return {
    id: eventId(n),
    action: JOIN_HOST_TO_NETWORK,
    source: subject(key.value, key.name, ENROLLMENT_KEY_SUBJECT),
    target: subject(host.id, host.name, DEVICE_SUBJECT),
    origin: 'DASHBOARD',
    network_id: network,
    triggered_by: '',
    time_stamp: rfc3339(at),
  }
}

export function loginEvent(n: number, username: string, at: Date): ActivityEvent {
  return {
    id: eventId(n),
    action: 'LOGIN',
    source: subject(username, username, 'USER'),
    target: subject('DASHBOARD', 'DASHBOARD', 'DASHBOARD'),
    origin: 'DASHBOARD',
    network_id: '',
    triggered_by: username,
    time_stamp: rfc3339(at),
  }
}

export function keyCreatedEvent(n: number, key: Pick<DbKey, 'value' | 'name'>, by: string, at: Date): ActivityEvent {
  return {
    id: eventId(n),
    action: 'CREATE',
    source: subject(by, by, 'USER'),
    target: subject(key.value, key.name, ENROLLMENT_KEY_SUBJECT),
    origin: 'DASHBOARD',
    network_id: '',
    triggered_by: by,
    time_stamp: rfc3339(at),
  }
}

/** Events sorted the way the server lists them: newest first (ties keep their order). */
export function newestFirst(events: readonly ActivityEvent[]): ActivityEvent[] {
  return events
    .map((event, index) => ({ event, index, at: Date.parse(event.time_stamp) }))
    .sort((a, b) => b.at - a.at || b.index - a.index)
    .map(({ event }) => event)
}
