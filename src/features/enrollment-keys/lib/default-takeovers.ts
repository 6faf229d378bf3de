import { networksTakenOver } from '@/api/enrollment-keys/rules'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

export type DefaultTakeover = { key: EnrollmentKey; networks: string[] }

/** The keys that stop being the default when `key` becomes the default, and for which networks, by name. */
export function defaultTakeovers(key: EnrollmentKey, keys: readonly EnrollmentKey[]): DefaultTakeover[] {
  return keys
    .map((k) => ({ key: k, networks: networksTakenOver(key, k) }))
    .filter((t) => t.networks.length > 0)
    .sort((a, b) => a.key.name.localeCompare(b.key.name))
}
