import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderWithProviders } from '@/test/render'

import { loadKeyActionsMenu } from '../list/load-key-actions-menu'
import { KeysPage } from './keys-page'

/** "Select all on this page": every key of the page but the default ones, and "some" in between. */
describe('select all on this page', { timeout: 20_000 }, () => {
  it('selects the page’s deletable keys, shows "some" when one is left out', async () => {
    const { user } = renderWithProviders(<KeysPage />)
    const table = await screen.findByRole('table', { name: 'Enrollment keys' })
    const all = within(table).getByRole('checkbox', { name: 'Select all on this page' })
    const boxes = within(table)
      .getAllByRole('checkbox')
      .filter((box) => box !== all)

    await user.click(all)
    expect(all).toBeChecked()
    for (const box of boxes) expect(box).toBeChecked()
    expect(await screen.findAllByText(`${boxes.length} selected`)).not.toHaveLength(0)

    await user.click(boxes[0] as HTMLElement)
    await waitFor(() => expect((all as HTMLInputElement).indeterminate).toBe(true))
    expect(all).not.toBeChecked()

    // From "some", the box selects the whole page again.
    await user.click(all)
    await waitFor(() => expect((all as HTMLInputElement).indeterminate).toBe(false))
    expect(all).toBeChecked()
    // The page warms the actions menu's code once rows are up: let that finish before the test ends.
    await loadKeyActionsMenu()
  })
})
