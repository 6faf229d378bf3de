import { describe, expect, it } from 'vitest'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

import { editKeyChanges, editKeyDefaults, editKeyFormSchema, hasEditChanges } from './edit-key-form'

const GATEWAY = '5d0c3a8e-1b2f-4c6d-8e9f-0a1b2c3d4e01'

const key: EnrollmentKey = {
  id: 'STAGING',
  name: 'staging-ci',
  token: 't',
  networks: ['netmaker'],
  type: 'limited',
  usesRemaining: 5,
  expiresAt: null,
  unlimited: false,
  gatewayId: GATEWAY,
  tags: ['netmaker.ci'],
  isDefault: false,
  autoAssignGateway: false,
  autoEgress: false,
  uuid: null,
  createdBy: null,
  createdAt: null,
  updatedAt: null,
}

describe('edit key form', () => {
  it('starts from the key', () => {
    expect(editKeyDefaults(key)).toEqual({ autoAssignGateway: false, gatewayId: GATEWAY, tags: ['netmaker.ci'] })
    expect(editKeyDefaults({ ...key, gatewayId: null, autoAssignGateway: true })).toEqual({
      autoAssignGateway: true,
      gatewayId: '',
      tags: ['netmaker.ci'],
    })
  })

  it('sees a change only when something differs (tags compared as a set)', () => {
    const initial = { autoAssignGateway: false, gatewayId: GATEWAY, tags: ['netmaker.ci', 'netmaker.db'] }
    expect(hasEditChanges(initial, { ...initial, tags: ['netmaker.db', 'netmaker.ci'] })).toBe(false)
    expect(hasEditChanges(initial, { ...initial, tags: ['netmaker.ci'] })).toBe(true)
    expect(hasEditChanges(initial, { ...initial, gatewayId: '' })).toBe(true)
    expect(hasEditChanges(initial, { ...initial, autoAssignGateway: true })).toBe(true)
  })

  it('maps to the fields the server replaces; a gateway forces auto-select off', () => {
    expect(editKeyChanges({ autoAssignGateway: false, gatewayId: '', tags: [] })).toEqual({
      relay: '',
      groups: [],
      auto_assign_gw: false,
    })
    expect(editKeyChanges({ autoAssignGateway: true, gatewayId: GATEWAY, tags: ['netmaker.ci'] })).toEqual({
      relay: GATEWAY,
      groups: ['netmaker.ci'],
      auto_assign_gw: false,
    })
  })

  it('refuses a gateway together with auto-select', () => {
    expect(editKeyFormSchema.safeParse({ autoAssignGateway: true, gatewayId: GATEWAY, tags: [] }).success).toBe(false)
    expect(editKeyFormSchema.safeParse({ autoAssignGateway: true, gatewayId: '', tags: [] }).success).toBe(true)
  })
})
