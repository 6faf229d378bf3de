import * as z from 'zod/mini'

import { NAME_MAX, NAME_MIN, USES_MAX, USES_MIN } from '@/api/enrollment-keys/rules'
import type { CreateEnrollmentKeyBody } from '@/api/enrollment-keys/schemas'
import { formatCount } from '@/lib/format'

/** The three kinds of key a user can create (the server's "invalid" type is not offered). */
export const CREATE_KEY_TYPES = ['unlimited', 'limited', 'time-bound'] as const
export type CreateKeyType = (typeof CREATE_KEY_TYPES)[number]

/**
 * Letters, digits, spaces, "-" and "_". ASCII only: the server measures the 3–32 limit in bytes, so
 * accented letters would make the two counts disagree.
 */
const NAME_PATTERN = /^[A-Za-z0-9 _-]+$/
const WHOLE_NUMBER = /^\d+$/
const DATETIME_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

export const createKeyFormSchemaBase = z.object({
  name: z.string(),
  type: z.enum(CREATE_KEY_TYPES),
  /** The "Number of uses" input, as typed. */
  uses: z.string(),
  /** The "Expires at" input: a `datetime-local` value ("YYYY-MM-DDTHH:mm") in the user's time zone. */
  expiresAt: z.string(),
  isDefault: z.boolean(),
  networks: z.array(z.string()),
  autoAssignGateway: z.boolean(),
  /** A relay node id, or "" for none. Ignored while auto-select is on. */
  gatewayId: z.string(),
  /** Tag ids ("<network>.<tag>"). */
  tags: z.array(z.string()),
})

export type CreateKeyFormValues = z.infer<typeof createKeyFormSchemaBase>
export type CreateKeyField = keyof CreateKeyFormValues

export const createKeyDefaultValues: CreateKeyFormValues = {
  name: '',
  type: 'unlimited',
  uses: '',
  expiresAt: '',
  isDefault: false,
  networks: [],
  autoAssignGateway: false,
  gatewayId: '',
  tags: [],
}

export type CreateKeyFormContext = {
  /** Names of the keys the server already has (from the loaded list). */
  keyNames: readonly string[]
  /** Names (netids) of the server's networks. */
  networkNames: readonly string[]
  /** The clock, for "must be in the future" (injectable for tests). */
  now?: () => Date
}

/** Parse a `datetime-local` value as a wall-clock time in the current time zone; null if malformed. */
export function parseDateTimeLocal(value: string): Date | null {
  const match = DATETIME_LOCAL.exec(value.trim())
  if (!match) return null
  const [, y, mo, d, h, mi, s] = match.map(Number)
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return null
  const date = new Date(y, mo - 1, d, h, mi, Number.isNaN(s) || s === undefined ? 0 : s)
  // Reject dates the constructor rolled over (e.g. 31 February).
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null
  return date
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A `datetime-local` value ("YYYY-MM-DDTHH:mm") for a date, in the current time zone. */
export function toDateTimeLocalValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** A quick pick: now plus some days, rounded up to the next whole minute. */
export function expiryInDays(days: number, now: Date = new Date()): string {
  const date = new Date(now.getTime() + days * 24 * 60 * 60 * 1000)
  if (date.getSeconds() > 0 || date.getMilliseconds() > 0) {
    date.setSeconds(0, 0)
    date.setMinutes(date.getMinutes() + 1)
  }
  return toDateTimeLocalValue(date)
}

/** Why the name is not acceptable, or null. */
export function nameProblem(raw: string, context: Pick<CreateKeyFormContext, 'keyNames' | 'networkNames'>) {
  const name = raw.trim()
  if (name === '') return 'Enter a name'
  if (!NAME_PATTERN.test(name)) return 'Use only letters, digits, spaces, - and _'
  if (name.length < NAME_MIN) return `Use at least ${NAME_MIN} characters`
  if (name.length > NAME_MAX) return `Use at most ${NAME_MAX} characters`
  // Networks first: each network has a key named after it, and "it is a network" says more.
  if (context.networkNames.includes(name)) return `“${name}” is the name of a network; choose another name`
  if (context.keyNames.includes(name)) return `A key named “${name}” already exists`
  return null
}

/** Why the number of uses is not acceptable, or null. */
export function usesProblem(raw: string) {
  const value = raw.trim()
  if (value === '') return 'Enter the number of uses'
  if (!WHOLE_NUMBER.test(value)) return 'Enter a whole number'
  const uses = Number(value)
  if (uses < USES_MIN || uses > USES_MAX)
    return `Enter a number from ${formatCount(USES_MIN)} to ${formatCount(USES_MAX)}`
  return null
}

/** Why the expiry is not acceptable, or null. */
export function expiresAtProblem(raw: string, now: Date) {
  if (raw.trim() === '') return 'Choose when the key expires'
  const date = parseDateTimeLocal(raw)
  if (!date) return 'Enter a valid date and time'
  if (date.getTime() <= now.getTime()) return 'Choose a time in the future'
  return null
}

/**
 * The one schema of the create stepper. It needs the loaded data (names in use) and a clock, so it is
 * built per context. Every rule lives in one refinement, so each field gets its own message and the
 * stepper can ask for just the fields of a step.
 */
export function createKeyFormSchema(context: CreateKeyFormContext) {
  return createKeyFormSchemaBase.check(
    z.superRefine((values, ctx) => {
      const add = (path: CreateKeyField, message: string) => ctx.addIssue({ code: 'custom', message, path: [path] })

      const name = nameProblem(values.name, context)
      if (name) add('name', name)

      if (values.type === 'limited') {
        const uses = usesProblem(values.uses)
        if (uses) add('uses', uses)
      }
      if (values.type === 'time-bound') {
        const expires = expiresAtProblem(values.expiresAt, context.now?.() ?? new Date())
        if (expires) add('expiresAt', expires)
      }

      if (values.networks.length === 0) add('networks', 'Choose at least one network')
    }),
  )
}

export type CreateKeyBodyOptions = {
  /** The server supports `default` on create (newest line). */
  defaultSupported: boolean
  /** The server has tags (Pro). */
  tagsSupported: boolean
}

/** Keep only the tags that belong to one of the networks ("<network>.<tag>"). */
export function tagsInNetworks(tags: readonly string[], networks: readonly string[]): string[] {
  return tags.filter((tag) => networks.some((network) => tag.startsWith(`${network}.`)))
}

/**
 * The form, as the server wants it (`POST /api/v1/enrollment-keys`). Call with values that passed the
 * schema. The server picks the type from these fields: uses > 0 → limited; else expiration > 0 →
 * time-bound; else unlimited.
 */
export function toCreateKeyBody(values: CreateKeyFormValues, options: CreateKeyBodyOptions): CreateEnrollmentKeyBody {
  const expiresAt = values.type === 'time-bound' ? parseDateTimeLocal(values.expiresAt) : null
  const relay = values.autoAssignGateway ? '' : values.gatewayId
  return {
    tags: [values.name.trim()],
    networks: [...values.networks],
    uses_remaining: values.type === 'limited' ? Number(values.uses.trim()) : 0,
    expiration: expiresAt ? Math.floor(expiresAt.getTime() / 1000) : 0,
    unlimited: values.type === 'unlimited',
    relay,
    auto_assign_gw: values.autoAssignGateway,
    groups: options.tagsSupported ? tagsInNetworks(values.tags, values.networks) : [],
    default: options.defaultSupported ? values.isDefault : false,
  }
}
