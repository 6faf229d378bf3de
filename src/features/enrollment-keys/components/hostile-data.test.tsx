import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { applyScenarios } from '@/mocks/scenarios'
import { HOSTILE } from '@/mocks/seed'
import { renderWithProviders } from '@/test/render'
import { KeysPage } from './keys-page'

/** The `hostile` scenario: markup, very long, right-to-left, zero-width and emoji texts; odd fields. */
describe('hostile and odd data', { timeout: 20_000 }, () => {
  async function renderHostile() {
    applyScenarios(['hostile'])
    const view = renderWithProviders(<KeysPage />, { path: '/keys?size=100' })
    const table = await screen.findByRole('table', { name: 'Enrollment keys' })
    return { ...view, table }
  }

  it('shows every hostile name as the text it is, and nothing in it becomes markup or runs', async () => {
    const { table } = await renderHostile()
    const buttons = within(table).getAllByRole('button')
    for (const name of [HOSTILE.script, HOSTILE.image, HOSTILE.long, HOSTILE.rtl, HOSTILE.zeroWidth, HOSTILE.emoji]) {
      const button = buttons.find((b) => b.textContent === name)
      expect(button, name.slice(0, 40)).toBeDefined()
      // Cut short on screen, whole on hover.
      expect(button).toHaveAttribute('title', name)
    }
    // The network id and the node tag made of markup are text too.
    expect(table.textContent).toContain(HOSTILE.network)
    expect(document.querySelector('script, img[src="x"], svg[onload], b')).toBeNull()
    expect((window as unknown as { __pwned?: string }).__pwned).toBeUndefined()
  })

  it('reads a list with unknown fields, an unknown type and null lists without losing a key', async () => {
    const { table } = await renderHostile()
    // Every key of the seed is listed (unknown fields ignored, `type: 7` typed from the facts).
    expect(screen.getByText(/of 21 keys$/)).toBeInTheDocument()
    const long = within(table)
      .getAllByRole('button')
      .find((b) => b.textContent === HOSTILE.long)
      ?.closest('tr')
    expect(long).toHaveTextContent('5 uses left')
    // `tags: null` (the legacy name list) leaves a key without a name, shown as such.
    expect(within(table).getAllByText('(no name)')).toHaveLength(1)
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
