import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { getDb } from '@/mocks/db'
import { server } from '@/mocks/node'
import { renderWithProviders } from '@/test/render'

import { CreateKeyDialog } from './create-key-dialog'

/** Unlimited key "late key" for netmaker, stopped on Review. */
async function fillToReview() {
  const view = renderWithProviders(<CreateKeyDialog open onOpenChange={() => {}} />)
  const { user } = view
  const dialog = await screen.findByRole('dialog', { name: 'Create key' }, { timeout: 10_000 })
  await user.type(within(dialog).getByLabelText('Name'), 'late key')
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  await user.click(await within(dialog).findByRole('checkbox', { name: 'netmaker' }))
  for (let i = 0; i < 3 && !within(dialog).queryByRole('button', { name: 'Create key' }); i++) {
    await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  }
  return { ...view, dialog }
}

describe('a create the server saves after the client gave up', { timeout: 40_000 }, () => {
  it('retrying at once waits, finds the key by name and does not send it again', async () => {
    let posts = 0
    server.use(
      http.post('*/api/v1/enrollment-keys', () => {
        posts += 1
        if (posts > 1) return undefined // a second send reaches the mock server: it would make a duplicate
        // No answer reaches the client, but the server saves the key a second later.
        setTimeout(() => {
          const template = getDb().keys.find((k) => k.name === 'office-laptops')
          if (!template) throw new Error('seed changed')
          getDb().keys.push({
            ...template,
            id: 'f0000000-0000-4000-8000-00000000late',
            value: 'LATEKEYSAVEDAFTERTIMEOUT00000001',
            name: 'late key',
            networks: ['netmaker'],
            default: false,
          })
        }, 1000)
        return HttpResponse.error()
      }),
    )
    const { user, dialog } = await fillToReview()
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/sends it again only if it is not there/)

    // The user retries at once.
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))

    const result = await screen.findByRole('dialog', { name: 'Key created' }, { timeout: 10_000 })
    expect(result).toHaveTextContent('The server had made it on the earlier try, so it was not sent again.')
    expect(posts).toBe(1)
    expect(getDb().keys.filter((k) => k.name === 'late key')).toHaveLength(1)
  })
})
