import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderWithProviders } from '@/test/render'

import { KeysPage } from './keys-page'

/** `?key=<name>`: a key's details have a link of their own, which never carries its token or value. */
describe('a link to a key’s details', { timeout: 20_000 }, () => {
  const current = (location: { history?: string[] }) => location.history?.at(-1) ?? ''

  it('opens the details of the key it names; closing them takes the name out of the URL', async () => {
    const { location, user } = renderWithProviders(<KeysPage />, { path: '/keys?key=staging-ci&q=ci' })
    const dialog = await screen.findByRole('dialog', { name: 'staging-ci' })
    expect(within(dialog).getByText('5 uses left')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(current(location)).toBe('/keys?q=ci'))
  })

  it('follows the details opened from the list, by name only', async () => {
    const { location, user } = renderWithProviders(<KeysPage />)
    const table = await screen.findByRole('table', { name: 'Enrollment keys' })
    await user.click(within(table).getByRole('button', { name: 'office-laptops' }))
    const dialog = await screen.findByRole('dialog', { name: 'office-laptops' })
    await waitFor(() => expect(current(location)).toBe('/keys?key=office-laptops'))
    // Neither the token nor the value it carries is in the address.
    const token = within(dialog).getByRole('button', { name: 'Copy token' })
    expect(token).toBeInTheDocument()
    expect(current(location)).not.toMatch(/ey[A-Za-z0-9+/=]{20,}|[A-Z2-7]{32}/)
  })

  it('a name no key has: says so and opens nothing', async () => {
    const { location } = renderWithProviders(<KeysPage />, { path: '/keys?key=no-such-key' })
    expect(await screen.findByText('No key named “no-such-key” on this server')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(() => expect(current(location)).toBe('/keys'))
  })
})
