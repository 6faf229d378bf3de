import type { KeyStatus } from '@/api/enrollment-keys/rules'
import type { KeyType } from '@/api/enrollment-keys/schemas'

import { keyStatusReason } from './key-status'
import type { KeyRow } from './list-view'

export const EXPORT_FORMATS = ['csv', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** One key as it leaves the console. The token is there only when it was asked for. */
export type ExportedKey = {
  name: string
  status: KeyStatus
  status_reason: string
  type: KeyType
  /** Uses left, for limited-use keys; null otherwise. */
  uses_left: number | null
  /** ISO 8601 (UTC), or null for no expiration. */
  expires_at: string | null
  networks: string[]
  /** The gateway's label ("host (network)"), its id when unknown, or null for none. */
  gateway: string | null
  auto_select_gateway: boolean
  /** Tag names. */
  tags: string[]
  default: boolean
  token?: string
}

export type ExportOptions = { includeTokens: boolean; now: Date }

export function toExportedKey(row: KeyRow, { includeTokens, now }: ExportOptions): ExportedKey {
  const { key } = row
  const exported: ExportedKey = {
    name: key.name,
    status: row.status.status,
    status_reason: keyStatusReason(key, now),
    type: key.type,
    uses_left: key.type === 'limited' ? key.usesRemaining : null,
    expires_at: key.expiresAt ? key.expiresAt.toISOString() : null,
    networks: key.networks,
    gateway: row.gateway?.label ?? key.gatewayId,
    auto_select_gateway: key.autoAssignGateway,
    tags: row.tagNames,
    default: key.isDefault,
  }
  if (includeTokens) exported.token = key.token
  return exported
}

const CSV_COLUMNS = [
  'name',
  'status',
  'status_reason',
  'type',
  'uses_left',
  'expires_at',
  'networks',
  'gateway',
  'auto_select_gateway',
  'tags',
  'default',
] as const satisfies readonly (keyof ExportedKey)[]

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

/**
 * One CSV field (RFC 4180): text that a spreadsheet would run as a formula gets a leading `'`; a field
 * with a comma, quote, line break or edge space is quoted, with quotes doubled.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'string') return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Lists (networks, tags) go in one field, separated by "; ". */
const LIST_SEPARATOR = '; '

/**
 * CSV with a header row, CRLF line ends and a UTF-8 byte-order mark (so spreadsheet programs read
 * non-ASCII names right). The `token` column is there only when tokens are included.
 */
export function toCsv(keys: readonly ExportedKey[], includeTokens: boolean): string {
  const columns: readonly (keyof ExportedKey)[] = includeTokens ? [...CSV_COLUMNS, 'token'] : CSV_COLUMNS
  const lines = new Array<string>(keys.length + 1)
  lines[0] = columns.join(',')
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as ExportedKey
    let line = ''
    for (let c = 0; c < columns.length; c++) {
      const value = key[columns[c] as keyof ExportedKey]
      if (c > 0) line += ','
      line += csvField(Array.isArray(value) ? value.join(LIST_SEPARATOR) : value)
    }
    lines[i + 1] = line
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export type JsonExportMeta = { server: string; exportedAt: Date; includeTokens: boolean }

/** JSON: what was exported, from where and when, then the keys. */
export function toJson(keys: readonly ExportedKey[], meta: JsonExportMeta): string {
  const document = {
    server: meta.server,
    exported_at: meta.exportedAt.toISOString(),
    includes_tokens: meta.includeTokens,
    count: keys.length,
    keys,
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * "api.netmaker.example.com-enrollment-keys-2026-12-03.csv": the server and the (local) date, and a
 * plain warning in the name when the file holds tokens.
 */
export function exportFileName(server: string, date: Date, format: ExportFormat, includeTokens: boolean): string {
  const safeServer =
    server
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .replace(/[^a-z0-9.-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '') || 'netmaker'
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${safeServer}-enrollment-keys-${day}${includeTokens ? '-WITH-TOKENS' : ''}.${format}`
}

export type ExportFile = { name: string; type: string; content: string }

/** Build the file for a set of rows. */
export function buildExport(
  rows: readonly KeyRow[],
  options: { format: ExportFormat; includeTokens: boolean; server: string; now: Date },
): ExportFile {
  const keys = rows.map((row) => toExportedKey(row, options))
  const name = exportFileName(options.server, options.now, options.format, options.includeTokens)
  if (options.format === 'csv') {
    return { name, type: 'text/csv;charset=utf-8', content: toCsv(keys, options.includeTokens) }
  }
  const meta = { server: options.server, exportedAt: options.now, includeTokens: options.includeTokens }
  return { name, type: 'application/json', content: toJson(keys, meta) }
}
