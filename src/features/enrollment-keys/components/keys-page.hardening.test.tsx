import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { getDb } from '@/mocks/db'
import { server } from '@/mocks/node'
import { toLegacy } from '@/mocks/wire'
import { renderWithProviders } from '@/test/render'
import { KeysPage } from './keys-page'

/** The seeded list as the server sends it, with some keys changed. */
function listWith(change: (keys: Record<string, unknown>[]) => void) {
  server.use(
    http.get('*/api/v1/enrollment-keys', () => {
      const keys = getDb().keys.map((k) => ({ ...toLegacy(k) }) as Record<string, unknown>)
      change(keys)
      return HttpResponse.json(keys)
    }),
  )
}

function keyNamed(keys: Record<string, unknown>[], name: string): Record<string, unknown> {
  const key = keys.find((k) => Array.isArray(k.tags) && k.tags[0] === name)
  if (!key) throw new Error(`no key ${name}`)
  return key
}

describe('KeysPage with keys it cannot read', { timeout: 15_000 }, () => {
  it('shows the good keys and lists the unreadable one with its field and value', async () => {
    listWith((keys) => {
      keyNamed(keys, 'staging-ci').uses_remaining = 'lots'
    })
    renderWithProviders(<KeysPage />)

    const table = await screen.findByRole('table', { name: 'Enrollment keys' })
    expect(within(table).getByRole('button', { name: 'contractor-march' })).toBeInTheDocument()
    expect(within(table).queryByRole('button', { name: 'staging-ci' })).not.toBeInTheDocument()
    expect(screen.getByText('1–14 of 14 keys')).toBeInTheDocument()

    const alert = screen.getByText('1 key could not be read and is not shown').closest('[role="status"]')
    if (!(alert instanceof HTMLElement)) throw new Error('no notice')
    expect(alert).toHaveTextContent('“staging-ci”')
    expect(alert).toHaveTextContent('field uses_remaining is "lots"')
    // The page stays usable.
    expect(screen.getByRole('button', { name: 'Create key' })).toBeEnabled()
  })

  it('shows a type outside 0–3 as "unknown type (7)", not as a failure', async () => {
    listWith((keys) => {
      keyNamed(keys, 'staging-ci').type = 7
    })
    renderWithProviders(<KeysPage />)
    const table = await screen.findByRole('table', { name: 'Enrollment keys' })
    const row = within(table).getByRole('button', { name: 'staging-ci' }).closest('tr')
    expect(row).toHaveTextContent('unknown type (7)')
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument()
  })

  it('marks right-to-left and zero-width characters in key names', async () => {
    listWith((keys) => {
      keyNamed(keys, 'staging-ci').tags = ['staging\u202Eic-']
    })
    renderWithProviders(<KeysPage />)
    const table = await screen.findByRole('table', { name: 'Enrollment keys' })
    expect(within(table).getByText('staging⟦U+202E⟧ic-')).toBeInTheDocument()
  })
})
