import { describe, expect, it } from 'vitest'

import { makeKey } from '@/test/factories'

import { createKeyFormSchema, parseDateTimeLocal } from './create-key-form'
import { canDeleteOldKey, canRenew, type PrefillContext, prefillFromKey, suggestName } from './prefill-from-key'

const NOW = new Date(2026, 5, 1, 12, 0)
const DAY = 86_400_000
const NETWORKS = ['netmaker', 'zero-path', 'iot-network']

const context = (overrides: Partial<PrefillContext> = {}): PrefillContext => ({
  now: NOW,
  takenNames: ['office-laptops', ...NETWORKS],
  networkNames: NETWORKS,
  gatewayFits: (id, networks) => id === 'gw-netmaker' && networks.includes('netmaker'),
  ...overrides,
})

const timeBound = makeKey({
  name: 'contractor-march',
  type: 'time-bound',
  unlimited: false,
  expiresAt: new Date(NOW.getTime() - 3 * DAY),
  networks: ['netmaker', 'zero-path'],
  gatewayId: 'gw-netmaker',
  tags: ['netmaker.ci', 'zero-path.web'],
  isDefault: false,
  token: 'c2VjcmV0',
})

describe('suggestName', () => {
  it('numbers the old name, skipping names in use', () => {
    expect(suggestName('office', [])).toBe('office-2')
    expect(suggestName('office', ['office-2', 'office-3'])).toBe('office-4')
    expect(suggestName('office-laptops-2', [])).toBe('office-laptops-3')
    expect(suggestName('build 7', [])).toBe('build-8')
  })

  it('fits the 32-character limit and the allowed characters', () => {
    const long = 'a'.repeat(32)
    expect(suggestName(long, [])).toBe(`${'a'.repeat(30)}-2`)
    expect(suggestName('café.keys', [])).toBe('caf-keys-2')
    expect(suggestName('é', [])).toBe('key-2')
  })
})

describe('canRenew / canDeleteOldKey', () => {
  it('renews time-bound keys, expired or not, and nothing else', () => {
    expect(canRenew(timeBound)).toBe(true)
    expect(canRenew(makeKey({ type: 'time-bound', expiresAt: new Date(NOW.getTime() + DAY) }))).toBe(true)
    expect(canRenew(makeKey({ type: 'limited' }))).toBe(false)
    expect(canRenew(makeKey({ type: 'unlimited' }))).toBe(false)
  })

  it('never offers to delete a default key', () => {
    expect(canDeleteOldKey(makeKey({ isDefault: true }))).toBe(false)
    expect(canDeleteOldKey(makeKey({ isDefault: false }))).toBe(true)
  })
})

describe('prefillFromKey', () => {
  it('renew copies networks, gateway and tags, with a new expiry and a suggested name', () => {
    const { values, notes } = prefillFromKey(timeBound, 'renew', context())
    expect(values).toEqual({
      name: 'contractor-march-2',
      type: 'time-bound',
      uses: '',
      expiresAt: '2026-07-01T12:00',
      isDefault: false,
      networks: ['netmaker', 'zero-path'],
      autoAssignGateway: false,
      gatewayId: 'gw-netmaker',
      tags: ['netmaker.ci', 'zero-path.web'],
    })
    expect(notes).toEqual([])
  })

  it('renew takes the expiry preset it is given', () => {
    const { values } = prefillFromKey(timeBound, 'renew', context({ renewDays: 7 }))
    expect(parseDateTimeLocal(values.expiresAt)?.getTime()).toBe(NOW.getTime() + 7 * DAY)
  })

  it('what it fills in passes the create form’s own rules', () => {
    const schema = createKeyFormSchema({ keyNames: ['office-laptops'], networkNames: NETWORKS, now: () => NOW })
    for (const mode of ['renew', 'clone'] as const) {
      expect(schema.safeParse(prefillFromKey(timeBound, mode, context()).values).success).toBe(true)
    }
  })

  it('clone keeps the type: uses left for a limited key, auto-select, a future expiry as it is', () => {
    const limited = makeKey({
      name: 'staging-ci',
      type: 'limited',
      unlimited: false,
      usesRemaining: 5,
      networks: ['netmaker'],
      autoAssignGateway: true,
    })
    expect(prefillFromKey(limited, 'clone', context()).values).toMatchObject({
      type: 'limited',
      uses: '5',
      expiresAt: '',
      autoAssignGateway: true,
      gatewayId: '',
    })
    const future = new Date(2026, 6, 15, 9, 30)
    const running = makeKey({ type: 'time-bound', unlimited: false, expiresAt: future, networks: ['netmaker'] })
    expect(prefillFromKey(running, 'clone', context()).values.expiresAt).toBe('2026-07-15T09:30')
  })

  it('clone of an expired key gets a future expiry and says so', () => {
    const { values, notes } = prefillFromKey(timeBound, 'clone', context())
    expect(values.expiresAt).toBe('2026-07-01T12:00')
    expect(notes).toEqual(['The old key has expired: the copy expires in 30 days.'])
  })

  it('never copies the default flag or the token', () => {
    const defaultKey = makeKey({ name: 'netmaker', isDefault: true, networks: ['netmaker'], token: 'c2VjcmV0' })
    const { values } = prefillFromKey(defaultKey, 'clone', context())
    expect(values.isDefault).toBe(false)
    expect(values.name).toBe('netmaker-2')
    expect(JSON.stringify(values)).not.toContain('c2VjcmV0')
  })

  it('leaves out networks, gateway and tags that no longer fit, and explains', () => {
    const key = makeKey({
      networks: ['netmaker', 'deleted-net'],
      gatewayId: 'gw-gone',
      tags: ['netmaker.ci', 'deleted-net.x'],
    })
    const { values, notes } = prefillFromKey(key, 'clone', context())
    expect(values.networks).toEqual(['netmaker'])
    expect(values.gatewayId).toBe('')
    expect(values.tags).toEqual(['netmaker.ci'])
    expect(notes).toEqual([
      'Network deleted-net no longer exists: left out.',
      'The old key’s gateway is no longer available in its networks: choose another or none.',
    ])
  })

  it('a key the server gave no type is copied as the kind it acts like', () => {
    expect(
      prefillFromKey(makeKey({ type: 'invalid', unlimited: false, usesRemaining: 3 }), 'clone', context()).values.type,
    ).toBe('limited')
  })
})
