import { readFileSync } from 'node:fs'

import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { getDb } from '@/mocks/db'
import { tokenFor } from '@/mocks/wire'
import { renderWithProviders } from '@/test/render'

import { KeysPage } from './keys-page'

describe('a token pasted into search', { timeout: 30_000 }, () => {
  it('is searched but never written to the URL or its history', async () => {
    const { user, location } = renderWithProviders(<KeysPage />)
    await screen.findByRole('table', { name: 'Enrollment keys' }, { timeout: 5000 })
    const box = screen.getByLabelText('Search keys')

    await user.type(box, 'office')
    await waitFor(() => expect(location.history.at(-1)).toBe('/keys?q=office'))

    const value = getDb().keys.find((k) => k.name === 'office-laptops')?.value ?? ''
    const token = tokenFor(value)
    await user.clear(box)
    await user.click(box)
    await user.paste(token)

    expect(await screen.findByText(/looks like a token or a key's value/)).toBeInTheDocument()
    await waitFor(() => expect(location.history.at(-1)).toBe('/keys'))
    // Give the debounced URL update time to have happened, had it been going to.
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(box).toHaveValue(token)
    expect(location.history.join('\n')).not.toContain(encodeURIComponent(token).slice(0, 12))
    expect(location.history.join('\n')).not.toContain(token.slice(0, 12))

    // A key's value (its id in the API) is kept out too.
    await user.clear(box)
    await user.paste(value)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(location.history.join('\n')).not.toContain(value)
  })

  it('the page sends no Referer: <meta name="referrer" content="no-referrer">', () => {
    expect(readFileSync('index.html', 'utf8')).toMatch(/<meta name="referrer" content="no-referrer" \/>/)
  })
})
