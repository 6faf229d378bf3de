import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { showInvisibleCharacters } from '@/lib/visible-text'
import { applyScenarios } from '@/mocks/scenarios'
import { HOSTILE } from '@/mocks/seed'
import { rowOf } from '@/test/queries'
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
      // Invisible and direction-changing characters are shown as markers, so nothing reads backwards.
      const shown = showInvisibleCharacters(name)
      const button = buttons.find((b) => b.textContent === shown)
      expect(button, name.slice(0, 40)).toBeDefined()
      // Cut short on screen, whole on hover.
      expect(button).toHaveAttribute('title', shown)
    }
    // The network id and the node tag made of markup are text too.
    expect(table.textContent).toContain(HOSTILE.network)
    // Markup in the data must not have become elements: a DOM query is the only way to see that.
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.querySelector('script, img[src="x"], svg[onload], b')).toBeNull()
    expect((window as unknown as { __pwned?: string }).__pwned).toBeUndefined()
  })

  it('reads a list with unknown fields, an unknown type and null lists without losing a key', async () => {
    const { table } = await renderHostile()
    // Every key of the seed is listed (unknown fields ignored; `type: 7` is read as a type this console does not know).
    expect(await screen.findByText(/of 21 keys$/)).toBeInTheDocument()
    const long = rowOf(table, (text) => text === showInvisibleCharacters(HOSTILE.long))
    expect(long).toHaveTextContent('5 uses left')
    // `tags: null` (the legacy name list) leaves a key without a name, shown as such.
    expect(within(table).getAllByText('(no name)')).toHaveLength(1)
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
