import { NAME_MAX, NAME_MIN } from '@/api/enrollment-keys/rules'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

import {
  CREATE_KEY_TYPES,
  createKeyDefaultValues,
  type CreateKeyFormValues,
  type CreateKeyType,
  expiryInDays,
  tagsInNetworks,
  toDateTimeLocalValue,
} from './create-key-form'

/** Renew: the same key with a new expiry. Clone: one more key like this one. */
export type PrefillMode = 'renew' | 'clone'

/** The expiry a renewed key gets unless another preset is chosen. */
export const RENEW_DEFAULT_DAYS = 30

/** Renew is for keys that end by time: time-bound ones, whether or not they have expired yet. */
export function canRenew(key: Pick<EnrollmentKey, 'type'>): boolean {
  return key.type === 'time-bound'
}

/** The old key may be deleted once its replacement exists, except a default key (the server refuses). */
export function canDeleteOldKey(key: Pick<EnrollmentKey, 'isDefault'>): boolean {
  return !key.isDefault
}

const DISALLOWED = /[^A-Za-z0-9 _-]+/g
const NUMBER_SUFFIX = /[-_ ](\d{1,4})$/

/**
 * A free name derived from the old one: "office-laptops" → "office-laptops-2" (or -3, … when taken);
 * "office-laptops-2" → "office-laptops-3". Characters the form does not accept become "-", and the base
 * is shortened so the result fits the 32-character limit.
 */
export function suggestName(oldName: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  let base = oldName.trim().replace(DISALLOWED, '-')
  let n = 2
  const numbered = NUMBER_SUFFIX.exec(base)
  if (numbered?.[1]) {
    n = Number(numbered[1]) + 1
    base = base.slice(0, numbered.index)
  }
  if (base.length < NAME_MIN - 1) base = 'key'
  for (; ; n++) {
    const suffix = `-${n}`
    const candidate = `${base.slice(0, NAME_MAX - suffix.length).replace(/[-_ ]+$/, '')}${suffix}`
    if (!used.has(candidate)) return candidate
  }
}

/** The type a copy of the key gets: its own, or for a key the server gave no type, the one it acts like. */
function createTypeOf(key: EnrollmentKey): CreateKeyType {
  if ((CREATE_KEY_TYPES as readonly string[]).includes(key.type)) return key.type as CreateKeyType
  if (key.unlimited) return 'unlimited'
  if (key.usesRemaining > 0) return 'limited'
  if (key.expiresAt) return 'time-bound'
  return 'unlimited'
}

export type PrefillContext = {
  now: Date
  /** Names already in use (keys and networks): the suggested name avoids them. */
  takenNames: Iterable<string>
  /** The networks the server has now; networks of the old key that are gone are left out. */
  networkNames: readonly string[]
  /** Whether a gateway (relay node) still exists and is in one of these networks. */
  gatewayFits: (gatewayId: string, networks: readonly string[]) => boolean
  /** Renew: the new expiry, in days from now. */
  renewDays?: number
}

export type Prefill = {
  values: CreateKeyFormValues
  /** What could not be copied, and why, for the stepper to show. */
  notes: string[]
}

/** Renew or clone: the stepper starts from an existing key (see `prefillFromKey`). */
export type CreateKeyPrefill = {
  mode: PrefillMode
  source: EnrollmentKey
  values: CreateKeyFormValues
  /** What could not be copied, shown on the first step. */
  notes: readonly string[]
}

/**
 * The create form filled from an existing key. Both copy the networks, the gateway or auto-select, the
 * node tags and (clone) the type with its uses or expiry; renew makes a time-bound key expiring
 * `renewDays` from now. The name is suggested from the old one. Never copied: the token, and the
 * default flag (a default key's replacement is made the default only when asked, on the review step).
 */
export function prefillFromKey(key: EnrollmentKey, mode: PrefillMode, context: PrefillContext): Prefill {
  const notes: string[] = []
  const networks = key.networks.filter((n) => context.networkNames.includes(n))
  const gone = key.networks.filter((n) => !context.networkNames.includes(n))
  if (gone.length > 0) {
    notes.push(
      `${gone.length === 1 ? `Network ${gone[0]} no longer exists` : `Networks ${gone.join(', ')} no longer exist`}: left out.`,
    )
  }

  let gatewayId = ''
  if (!key.autoAssignGateway && key.gatewayId) {
    if (context.gatewayFits(key.gatewayId, networks)) gatewayId = key.gatewayId
    else notes.push('The old key’s gateway is no longer available in its networks: choose another or none.')
  }

  const type: CreateKeyType = mode === 'renew' ? 'time-bound' : createTypeOf(key)
  let expiresAt = ''
  let uses = ''
  if (type === 'time-bound') {
    const keepsExpiry = mode === 'clone' && key.expiresAt && key.expiresAt.getTime() > context.now.getTime()
    const days = context.renewDays ?? RENEW_DEFAULT_DAYS
    expiresAt = keepsExpiry && key.expiresAt ? toDateTimeLocalValue(key.expiresAt) : expiryInDays(days, context.now)
    if (mode === 'clone' && key.expiresAt && !keepsExpiry)
      notes.push(`The old key has expired: the copy expires in ${days} days.`)
  }
  if (type === 'limited' && key.usesRemaining > 0) uses = String(key.usesRemaining)

  return {
    values: {
      ...createKeyDefaultValues,
      name: suggestName(key.name, context.takenNames),
      type,
      uses,
      expiresAt,
      isDefault: false,
      networks,
      autoAssignGateway: key.autoAssignGateway,
      gatewayId,
      tags: tagsInNetworks(key.tags, networks),
    },
    notes,
  }
}
