import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

export type DefaultTakeover = { key: EnrollmentKey; networks: string[] }

/** The keys that stop being the default when `key` becomes the default, and for which networks. */
export function defaultTakeovers(key: EnrollmentKey, keys: readonly EnrollmentKey[]): DefaultTakeover[] {
  const mine = new Set(key.networks)
  return keys
    .filter((k) => k.id !== key.id && k.isDefault)
    .map((k) => ({ key: k, networks: k.networks.filter((n) => mine.has(n)) }))
    .filter((t) => t.networks.length > 0)
    .sort((a, b) => a.key.name.localeCompare(b.key.name))
}
