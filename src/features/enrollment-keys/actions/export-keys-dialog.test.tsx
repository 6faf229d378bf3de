import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { renderWithProviders } from '@/test/render'
import { loadSeededKeys } from '@/test/seeded-keys'

import { type KeyRow, sortRows, toRow } from '../lib/list-view'
import { ExportKeysDialog } from './export-keys-dialog'

let downloads: { name: string; blob: Blob }[] = []

beforeEach(() => {
  downloads = []
  let pending: Blob | null = null
  URL.createObjectURL = vi.fn((blob: Blob) => {
    pending = blob
    return 'blob:test'
  })
  URL.revokeObjectURL = vi.fn()
  // Catch the download link's click instead of letting jsdom navigate.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (pending) downloads.push({ name: this.download, blob: pending })
  })
})

afterEach(() => {
  vi.restoreAllMocks()
})

async function renderExport(options: { selected?: string[]; filtered?: boolean } = {}) {
  const { queryClient, keys } = await loadSeededKeys()
  const now = new Date()
  const rows: KeyRow[] = sortRows(
    keys.map((key) => toRow(key, { now, gateway: () => null })),
    'name',
    'asc',
  )
  const selectedRows = rows.filter((r) => options.selected?.includes(r.key.name))
  let open = true
  const view = renderWithProviders(
    <ExportKeysDialog
      open
      onOpenChange={(next) => (open = next)}
      viewRows={rows}
      selectedRows={selectedRows}
      filtered={options.filtered ?? false}
    />,
    { queryClient },
  )
  const dialog = await screen.findByRole('dialog', { name: 'Export keys' })
  return { ...view, dialog, rows, keys, isOpen: () => open }
}

describe('ExportKeysDialog', () => {
  it('downloads the whole view as CSV, without tokens, named after the server and the date', async () => {
    const { user, dialog, rows, keys, isOpen } = await renderExport()
    expect(within(dialog).getByRole('radio', { name: 'All keys' })).toBeChecked()
    expect(within(dialog).getByRole('radio', { name: 'Selected keys' })).toBeDisabled()

    await user.click(within(dialog).getByRole('button', { name: `Download CSV (${rows.length} keys)` }))

    expect(downloads).toHaveLength(1)
    const [file] = downloads
    const today = new Date()
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`
    expect(file?.name).toBe(`api.netmaker.demo-enrollment-keys-${day}.csv`)
    const text = (await file?.blob.text()) ?? ''
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe(
      'name,status,status_reason,type,uses_left,expires_at,networks,gateway,auto_select_gateway,tags,default',
    )
    expect(lines).toHaveLength(rows.length + 1)
    for (const key of keys) expect(text).not.toContain(key.token)
    expect(isOpen()).toBe(false)
    expect(await screen.findByText(`Exported ${rows.length} keys`)).toBeInTheDocument()
  })

  it('exports only the selection as JSON, with tokens once that is ticked and warned about', async () => {
    const { user, dialog, keys } = await renderExport({ selected: ['staging-ci', 'weekend-event'] })
    expect(within(dialog).getByRole('radio', { name: 'Selected keys' })).toBeChecked()
    await user.click(within(dialog).getByRole('radio', { name: 'JSON' }))
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument()

    await user.click(within(dialog).getByRole('checkbox', { name: 'Include tokens' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The file will be a secret')

    await user.click(within(dialog).getByRole('button', { name: 'Download JSON (2 keys)' }))
    const [file] = downloads
    expect(file?.name).toMatch(/^api\.netmaker\.demo-enrollment-keys-\d{4}-\d{2}-\d{2}-WITH-TOKENS\.json$/)
    const json: unknown = JSON.parse((await file?.blob.text()) ?? '')
    const staging = keys.find((k) => k.name === 'staging-ci')
    expect(json).toMatchObject({
      server: 'api.netmaker.demo',
      includes_tokens: true,
      count: 2,
      keys: [
        { name: 'staging-ci', type: 'limited', uses_left: 5, token: staging?.token },
        { name: 'weekend-event', type: 'time-bound', status: 'valid' },
      ],
    })
  })

  it('names a narrowed view as such, and can switch back to it from the selection', async () => {
    const { user, dialog, rows } = await renderExport({ selected: ['staging-ci'], filtered: true })
    const view = within(dialog).getByRole('radio', { name: 'This view' })
    expect(view).toHaveAccessibleDescription(/search and filters applied/)
    await user.click(view)
    expect(within(dialog).getByRole('button', { name: `Download CSV (${rows.length} keys)` })).toBeEnabled()
  })
})
