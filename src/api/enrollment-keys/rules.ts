import type * as z from 'zod/mini'

import { type EnrollmentKey, enrollmentTokenSchema } from './schemas'

/**
 * The server's rules about enrollment keys, as the console mirrors them (to show a key's status, warn
 * before a change, or refuse input the server would refuse). Pure: no React, no requests.
 */

/** A key's name: 3–32 characters (the server's validator). */
export const NAME_MIN = 3
export const NAME_MAX = 32

/** The number of uses a limited key may be created with. */
export const USES_MIN = 1
export const USES_MAX = 1_000_000

// ── Validity ────────────────────────────────────────────────────────────────────────────────────────

/** What the console says about a key: usable, or why not. */
export const KEY_STATUSES = ['valid', 'expired', 'used-up', 'invalid'] as const
export type KeyStatus = (typeof KEY_STATUSES)[number]

/** The facts the validity rule reads. */
export type KeyValidityFacts = Pick<EnrollmentKey, 'usesRemaining' | 'expiresAt' | 'unlimited'>

/** The server's rule: a key is usable while it has uses left, or its expiration is in the future, or it is unlimited. */
export function isKeyUsable(key: KeyValidityFacts, now: Date = new Date()): boolean {
  if (key.usesRemaining > 0) return true
  if (key.expiresAt !== null && key.expiresAt.getTime() > now.getTime()) return true
  return key.unlimited
}

/**
 * Valid when the server accepts the key; otherwise why not: used up (a limited key), expired (a past
 * expiration) or invalid (no type, or nothing that makes it usable). Cheap enough for 10,000 keys.
 */
export function keyStatusOf(key: KeyValidityFacts & Pick<EnrollmentKey, 'type'>, now: Date = new Date()): KeyStatus {
  if (isKeyUsable(key, now)) return 'valid'
  if (key.type === 'invalid') return 'invalid'
  if (key.type === 'limited') return 'used-up'
  if (key.expiresAt !== null) return 'expired'
  return 'invalid'
}

// ── Default keys ────────────────────────────────────────────────────────────────────────────────────

type DefaultFacts = Pick<EnrollmentKey, 'id' | 'networks' | 'isDefault'>

/**
 * The networks `other` stops being the default key for when `key` becomes a default: a network has one
 * default key, so the new one takes over every network the two share. Empty when `other` keeps its role.
 */
export function networksTakenOver(key: Pick<EnrollmentKey, 'id' | 'networks'>, other: DefaultFacts): string[] {
  if (other.id === key.id || !other.isDefault) return []
  const mine = new Set(key.networks)
  return other.networks.filter((network) => mine.has(network))
}

/** Whether `other` stops being a default key when `key` becomes one. */
export function losesDefaultTo(key: Pick<EnrollmentKey, 'id' | 'networks'>, other: DefaultFacts): boolean {
  return networksTakenOver(key, other).length > 0
}

/** The server refuses to delete a default key. */
export function isDeletable(key: Pick<EnrollmentKey, 'isDefault'>): boolean {
  return !key.isDefault
}

// ── Gateway ─────────────────────────────────────────────────────────────────────────────────────────

/** How devices that join with a key reach the network: auto-select, one gateway (relay node), or neither. */
export type GatewaySetting = {
  autoAssignGateway: boolean
  /** The relay node's id; empty (or null) for no gateway. */
  gatewayId: string | null
}

/**
 * The one rule between a key's two gateway fields: a chosen gateway turns auto-select off (the server
 * does the same when it saves). Without a gateway, auto-select stays as it was.
 */
export function withGatewayRule<T extends GatewaySetting>(setting: T): T {
  return setting.gatewayId ? { ...setting, autoAssignGateway: false } : setting
}

// ── Tokens ──────────────────────────────────────────────────────────────────────────────────────────

/** What a token carries: the server netclient will contact, and the key's value. */
export type DecodedToken = z.infer<typeof enrollmentTokenSchema>

/** The text inside standard or URL-safe base64, with or without padding; null when it is not UTF-8 base64. */
function base64ToText(token: string): string | null {
  let b64 = token.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '')
  if (b64.length % 4 === 1) return null
  b64 += '='.repeat((4 - (b64.length % 4)) % 4)
  try {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Decode a token the way netclient does: base64 of `{"server": …, "value": …}`, neither empty. */
export function decodeToken(token: string): DecodedToken | null {
  const text = base64ToText(token)
  if (text === null) return null
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = enrollmentTokenSchema.safeParse(json)
  if (!parsed.success || !parsed.data.value || !parsed.data.server) return null
  return parsed.data
}
