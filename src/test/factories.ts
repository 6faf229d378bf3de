import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

let sequence = 0

/** A domain key for tests: an unlimited, non-default key with no networks, overridden as needed. */
export function makeKey(overrides: Partial<EnrollmentKey> = {}): EnrollmentKey {
  sequence += 1
  return {
    id: `KEY${sequence.toString().padStart(29, '0')}`,
    name: 'key',
    token: 'dG9rZW4=',
    networks: [],
    type: 'unlimited',
    usesRemaining: 0,
    expiresAt: null,
    unlimited: true,
    gatewayId: null,
    tags: [],
    isDefault: false,
    autoAssignGateway: false,
    autoEgress: false,
    uuid: null,
    createdBy: null,
    createdAt: null,
    updatedAt: null,
    ...overrides,
  }
}
