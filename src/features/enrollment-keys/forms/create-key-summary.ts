import { countOf, formatList } from '@/lib/format'

import { type CreateKeyFormValues, parseDateTimeLocal } from './create-key-form'

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
      return `Limited to ${countOf(Number(values.uses), 'use')}`
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
        ? `Key for ${countOf(Number(values.uses), 'use')}`
        : `Key valid until ${formatExpiry(values.expiresAt)}`
  const parts = [`${kind} for ${formatList(values.networks)}`]
  if (values.autoAssignGateway) parts.push('gateway auto-selected')
  else if (values.gatewayId) parts.push(`gateway ${options.gatewayLabel ?? values.gatewayId}`)
  else parts.push('no gateway')
  if (options.tagNames) parts.push(options.tagNames.length > 0 ? `tags: ${options.tagNames.join(', ')}` : 'no tags')
  if (options.defaultSupported && values.isDefault) parts.push('default key for its networks')
  return parts.join(', ')
}
