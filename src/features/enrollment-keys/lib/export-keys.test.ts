import { describe, expect, it } from 'vitest'

import { makeKey } from '@/test/factories'

import { buildExport, csvField, type ExportedKey, exportFileName, toCsv, toExportedKey, toJson } from './export-keys'
import { toRow } from './list-view'

const NOW = new Date('2026-06-01T12:00:00Z')
const DAY = 86_400_000
const gateways = new Map([
  ['gw-1', { hostName: 'relay-fra-01', network: 'netmaker', label: 'relay-fra-01 (netmaker)' }],
])
const ctx = { now: NOW, gateway: (id: string) => gateways.get(id) ?? null }

const limited = toRow(
  makeKey({
    name: 'staging-ci',
    type: 'limited',
    unlimited: false,
    usesRemaining: 5,
    networks: ['netmaker', 'zero-path'],
    gatewayId: 'gw-1',
    tags: ['netmaker.ci', 'zero-path.ci', 'netmaker.build'],
    token: 'c2VjcmV0LXRva2Vu',
  }),
  ctx,
)
const expired = toRow(
  makeKey({ name: 'contractor', type: 'time-bound', unlimited: false, expiresAt: new Date(NOW.getTime() - DAY) }),
  ctx,
)

/** Split a CSV document into records and fields (RFC 4180, for reading back what toCsv wrote). */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      record.push(field)
      field = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else field += ch
  }
  return records
}

describe('toExportedKey', () => {
  it('carries name, status and reason, type, uses, expiry, networks, gateway name, tag names and default', () => {
    expect(toExportedKey(limited, { includeTokens: false, now: NOW })).toEqual({
      name: 'staging-ci',
      status: 'valid',
      status_reason: '5 uses left: each device that joins uses one.',
      type: 'limited',
      uses_left: 5,
      expires_at: null,
      networks: ['netmaker', 'zero-path'],
      gateway: 'relay-fra-01 (netmaker)',
      auto_select_gateway: false,
      tags: ['ci', 'build'],
      default: false,
    })
    expect(toExportedKey(expired, { includeTokens: false, now: NOW })).toMatchObject({
      status: 'expired',
      uses_left: null,
      expires_at: '2026-05-31T12:00:00.000Z',
    })
  })

  it('leaves the token out unless it is asked for', () => {
    expect(toExportedKey(limited, { includeTokens: false, now: NOW })).not.toHaveProperty('token')
    expect(toExportedKey(limited, { includeTokens: true, now: NOW }).token).toBe('c2VjcmV0LXRva2Vu')
  })
})

describe('csvField', () => {
  it('leaves plain text, numbers and booleans as they are; null is empty', () => {
    expect(csvField('office-laptops')).toBe('office-laptops')
    expect(csvField(5)).toBe('5')
    expect(csvField(false)).toBe('false')
    expect(csvField(null)).toBe('')
  })

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"')
    expect(csvField(' padded')).toBe('" padded"')
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=cmd|"/C calc"!A0')).toBe(`"'=cmd|""/C calc""!A0"`)
    expect(csvField('+1+2')).toBe("'+1+2")
    expect(csvField('-2+3')).toBe("'-2+3")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('\t=1')).toBe("'\t=1")
    expect(csvField('a=b')).toBe('a=b')
  })
})

describe('toCsv', () => {
  const hostile: ExportedKey = {
    ...toExportedKey(limited, { includeTokens: true, now: NOW }),
    name: '=HYPERLINK("http://x","a,b")',
    status_reason: 'line one\nline "two"',
  }

  it('writes a header and one record per key that read back to the same values', () => {
    const csv = toCsv([hostile, toExportedKey(expired, { includeTokens: true, now: NOW })], true)
    expect(csv.startsWith('\uFEFFname,status,status_reason,type,uses_left,expires_at,')).toBe(true)
    const records = parseCsv(csv.slice(1))
    expect(records).toHaveLength(3)
    expect(records[0]?.at(-1)).toBe('token')
    expect(records[1]).toEqual([
      `'=HYPERLINK("http://x","a,b")`,
      'valid',
      'line one\nline "two"',
      'limited',
      '5',
      '',
      'netmaker; zero-path',
      'relay-fra-01 (netmaker)',
      'false',
      'ci; build',
      'false',
      'c2VjcmV0LXRva2Vu',
    ])
    expect(records[2]?.slice(0, 6)).toEqual([
      'contractor',
      'expired',
      expect.stringMatching(/^Expired on /),
      'time-bound',
      '',
      '2026-05-31T12:00:00.000Z',
    ])
  })

  it('has no token column, and no token anywhere, unless tokens are included', () => {
    const csv = toCsv([toExportedKey(limited, { includeTokens: false, now: NOW })], false)
    expect(csv).not.toContain('token')
    expect(csv).not.toContain('c2VjcmV0LXRva2Vu')
  })
})

describe('toJson', () => {
  it('says where from, when, whether tokens are in, and lists the keys', () => {
    const json: unknown = JSON.parse(
      toJson([toExportedKey(limited, { includeTokens: false, now: NOW })], {
        server: 'api.example.com',
        exportedAt: NOW,
        includeTokens: false,
      }),
    )
    expect(json).toMatchObject({
      server: 'api.example.com',
      exported_at: '2026-06-01T12:00:00.000Z',
      includes_tokens: false,
      count: 1,
      keys: [{ name: 'staging-ci', networks: ['netmaker', 'zero-path'], uses_left: 5 }],
    })
  })
})

describe('exportFileName', () => {
  const date = new Date(2026, 11, 3, 23, 30)

  it('carries the server and the date', () => {
    expect(exportFileName('api.netmaker.example.com', date, 'csv', false)).toBe(
      'api.netmaker.example.com-enrollment-keys-2026-12-03.csv',
    )
    expect(exportFileName('https://Api.Example.com:8443/', date, 'json', false)).toBe(
      'api.example.com-8443-enrollment-keys-2026-12-03.json',
    )
  })

  it('says so in the name when the file holds tokens', () => {
    expect(exportFileName('api.example.com', date, 'json', true)).toBe(
      'api.example.com-enrollment-keys-2026-12-03-WITH-TOKENS.json',
    )
  })

  it('never lets the server name make a path', () => {
    expect(exportFileName('../../etc/passwd', date, 'csv', false)).toBe('etc-passwd-enrollment-keys-2026-12-03.csv')
    expect(exportFileName('', date, 'csv', false)).toBe('netmaker-enrollment-keys-2026-12-03.csv')
  })
})

describe('buildExport', () => {
  it('makes a CSV or a JSON file of the rows given, in their order', () => {
    const csv = buildExport([expired, limited], { format: 'csv', includeTokens: false, server: 'srv', now: NOW })
    expect(csv.type).toBe('text/csv;charset=utf-8')
    expect(parseCsv(csv.content.slice(1)).map((r) => r[0])).toEqual(['name', 'contractor', 'staging-ci'])
    const json = buildExport([limited], { format: 'json', includeTokens: true, server: 'srv', now: NOW })
    expect(json.name).toMatch(/-WITH-TOKENS\.json$/)
    expect(JSON.parse(json.content)).toMatchObject({ includes_tokens: true, keys: [{ token: 'c2VjcmV0LXRva2Vu' }] })
  })
})
