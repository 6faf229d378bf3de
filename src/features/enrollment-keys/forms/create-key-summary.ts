import { parseDateTimeLocal, type CreateKeyFormValues } from './create-key-form'

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

const expiryFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** The expiry in words, in the user's locale and time zone. */
export function formatExpiry(value: string): string {
  const date = parseDateTimeLocal(value)
  return date ? expiryFormat.format(date) : value
}

/** "Unlimited", "Limited to 5 uses", "Time-bound, until 26 Nov 2026, 14:00". */
export function describeKeyType(values: Pick<CreateKeyFormValues, 'type' | 'uses' | 'expiresAt'>): string {
  switch (values.type) {
    case 'unlimited':
      return 'Unlimited'
    case 'limited': {
      const uses = Number(values.uses)
      return `Limited to ${uses.toLocaleString('en-US')} ${uses === 1 ? 'use' : 'uses'}`
    }
    case 'time-bound':
      return `Time-bound, until ${formatExpiry(values.expiresAt)}`
  }
}

export type SummaryOptions = {
  /** Label of the chosen gateway ("host name (network)"), when one is chosen. */
  gatewayLabel?: string
  /** Tag display names; omit when the server has no tags. */
  tagNames?: readonly string[]
  defaultSupported: boolean
}

/**
 * The whole key in one plain sentence, e.g. "Unlimited key for private-mesh and zero-path, gateway
 * auto-selected, tags: web, db".
 */
export function summarizeKey(values: CreateKeyFormValues, options: SummaryOptions): string {
  const kind =
    values.type === 'unlimited'
      ? 'Unlimited key'
      : values.type === 'limited'
        ? `Key for ${Number(values.uses).toLocaleString('en-US')} ${Number(values.uses) === 1 ? 'use' : 'uses'}`
        : `Key valid until ${formatExpiry(values.expiresAt)}`
  const parts = [`${kind} for ${joinWords(values.networks)}`]
  if (values.autoAssignGateway) parts.push('gateway auto-selected')
  else if (values.gatewayId) parts.push(`gateway ${options.gatewayLabel ?? values.gatewayId}`)
  else parts.push('no gateway')
  if (options.tagNames) parts.push(options.tagNames.length > 0 ? `tags: ${options.tagNames.join(', ')}` : 'no tags')
  if (options.defaultSupported && values.isDefault) parts.push('default key for its networks')
  return parts.join(', ')
}
