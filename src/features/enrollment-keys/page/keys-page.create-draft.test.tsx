import { act, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { sessionStore } from '@/lib/session'
import { renderWithProviders } from '@/test/render'

import { KeysPage } from './keys-page'

/** What was typed into Create key survives the session ending (a 401 signs out as "expired"). */
describe('Create key when the session ends', { timeout: 20_000 }, () => {
  afterEach(() => sessionStorage.clear())

  async function typeIntoCreate() {
    const view = renderWithProviders(<KeysPage />)
    await view.user.click(await screen.findByRole('button', { name: 'Create key' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create key' })
    await view.user.type(within(dialog).getByLabelText('Name'), 'half typed key')
    await view.user.click(within(dialog).getByRole('radio', { name: 'Limited number of uses' }))
    await view.user.type(within(dialog).getByLabelText('Number of uses'), '12')
    return view
  }

  it('reopens with what was typed once the Keys page is back, and says why', async () => {
    const { unmount } = await typeIntoCreate()
    act(() => sessionStore.signOut('expired'))
    unmount()

    renderWithProviders(<KeysPage />)
    const dialog = await screen.findByRole('dialog', { name: 'Create key' })
    expect(within(dialog).getByText(/Your session ended while you were creating this key/)).toBeInTheDocument()
    expect(within(dialog).getByLabelText('Name')).toHaveValue('half typed key')
    expect(within(dialog).getByRole('radio', { name: 'Limited number of uses' })).toBeChecked()
    expect(within(dialog).getByLabelText('Number of uses')).toHaveValue(12)
  })

  it('keeps nothing when the administrator signs out on purpose', async () => {
    const { unmount } = await typeIntoCreate()
    act(() => sessionStore.signOut('signed-out'))
    unmount()

    renderWithProviders(<KeysPage />)
    await screen.findByRole('table', { name: 'Enrollment keys' })
    expect(screen.queryByRole('dialog', { name: 'Create key' })).not.toBeInTheDocument()
  })
})
