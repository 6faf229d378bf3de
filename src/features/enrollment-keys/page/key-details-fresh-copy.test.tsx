import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { getDb } from '@/mocks/db'
import { tokenFor } from '@/mocks/wire'
import { renderWithProviders } from '@/test/render'

import { KeysPage } from './keys-page'

function dbKey(name: string) {
  const key = getDb().keys.find((k) => k.name === name)
  if (!key) throw new Error(`no key ${name}`)
  return key
}

async function openDetails(name: string) {
  const view = renderWithProviders(<KeysPage />)
  const table = await screen.findByRole('table', { name: 'Enrollment keys' }, { timeout: 5000 })
  await view.user.click(within(table).getByRole('button', { name }))
  const details = await screen.findByRole('dialog', { name }, { timeout: 10_000 })
  return { ...view, details }
}

describe('copying a token checks that it is still current', { timeout: 30_000 }, () => {
  it('copies the token when it is still current', async () => {
    const { user, details } = await openDetails('office-laptops')
    const token = tokenFor(dbKey('office-laptops').value)
    await user.click(within(details).getByRole('button', { name: 'Copy token' }))
    // jsdom is not a secure context: the copy falls back to showing the text selected, ready for Ctrl+C.
    expect(await screen.findByDisplayValue(token, {}, { timeout: 5000 })).toBeInTheDocument()
    // (First in this file: no toast of another test is still on screen.)
    expect(screen.queryByText(/regenerated elsewhere|no longer exists/)).not.toBeInTheDocument()
  })

  it('refuses to copy a token regenerated in another tab, and says so', async () => {
    const { user, details } = await openDetails('office-laptops')
    const oldToken = tokenFor(dbKey('office-laptops').value)
    await navigator.clipboard.writeText('before')
    // Another tab regenerates the token: the key gets a new value (and so a new token).
    dbKey('office-laptops').value = 'REGENERATEDELSEWHERE000000000001'

    await user.click(within(details).getByRole('button', { name: 'Copy token' }))

    expect(await screen.findByText('The token of office-laptops was regenerated elsewhere')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).not.toBe(oldToken)
    expect(screen.queryByDisplayValue(oldToken)).not.toBeInTheDocument()
  })

  it('refuses to copy the join command of a key deleted elsewhere', async () => {
    const { user, details } = await openDetails('office-laptops')
    await navigator.clipboard.writeText('before')
    const db = getDb()
    db.keys = db.keys.filter((k) => k.name !== 'office-laptops')

    await user.click(within(details).getByRole('button', { name: 'Copy join command' }))

    expect(await screen.findByText('office-laptops no longer exists')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe('before')
  })
})
