import type * as z from 'zod/mini'

import { type EnrollmentKey, enrollmentKeyListItemSchema } from './schemas'

/** A key in the server's list that could not be read: where, which field, and what it held. */
export type UnreadableKey = {
  /** Position in the server's list (0-based). */
  index: number
  /** Its name, when that much could be read. */
  name: string | null
  /** The field that failed, e.g. "uses_remaining" ("(the key itself)" when it is not an object). */
  field: string
  /** What the field held, shortened; secrets (`token`, `value`) are not shown. */
  value: string
  /** What was wrong, in the parser's words. */
  problem: string
}

export type EnrollmentKeyList = { keys: EnrollmentKey[]; unreadable: UnreadableKey[] }

const SECRET_FIELDS = new Set(['token', 'value'])
const MAX_VALUE_LENGTH = 60

function at(item: unknown, path: readonly PropertyKey[]): unknown {
  let current = item
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[part]
  }
  return current
}

function describe(value: unknown): string {
  if (value === undefined) return '(missing)'
  let text: string
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text
}

function nameOf(item: unknown): string | null {
  const name = at(item, ['name'])
  if (typeof name === 'string' && name) return name
  const tag = at(item, ['tags', 0])
  return typeof tag === 'string' && tag ? tag : null
}

/** The issue to report for an item: the deepest one of the shape it came closest to. */
function firstIssue(error: z.core.$ZodError): z.core.$ZodIssue | undefined {
  const issue = error.issues[0]
  if (issue && issue.code === 'invalid_union' && issue.errors.length > 0) {
    const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]
    const inner = best?.[0]
    if (inner) return { ...inner, path: [...issue.path, ...inner.path] }
  }
  return issue
}

/**
 * Reads the list key by key: one malformed key is listed as unreadable (field, value, problem) while
 * every good key is shown. A whole answer that is not a list still fails, in the client.
 */
export function parseEnrollmentKeyList(items: readonly unknown[]): EnrollmentKeyList {
  const keys: EnrollmentKey[] = []
  const unreadable: UnreadableKey[] = []
  items.forEach((item, index) => {
    const parsed = enrollmentKeyListItemSchema.safeParse(item)
    if (parsed.success) {
      keys.push(parsed.data)
      return
    }
    const issue = firstIssue(parsed.error)
    const path = issue?.path ?? []
    const field = path.length > 0 ? path.map(String).join('.') : '(the key itself)'
    const top = String(path[0] ?? '')
    unreadable.push({
      index,
      name: nameOf(item),
      field,
      value: SECRET_FIELDS.has(top) ? '(hidden: secret)' : describe(path.length > 0 ? at(item, path) : item),
      problem: issue?.message ?? 'not a key',
    })
  })
  return { keys, unreadable }
}
