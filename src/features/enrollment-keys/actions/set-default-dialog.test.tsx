import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { holdRequests, releaseRequests } from '@/mocks/hold'
import { server } from '@/mocks/node'
import { makeKey } from '@/test/factories'
import { renderWithProviders } from '@/test/render'
import { loadSeededKeys } from '@/test/seeded-keys'

import { SetDefaultDialog } from './set-default-dialog'

/** Open until the dialog asks to close, as the page mounts it. */
function OpenSetDefault({ keyItem }: { keyItem: EnrollmentKey }) {
  const [open, setOpen] = useState(true)
  return open ? <SetDefaultDialog keyItem={keyItem} open onOpenChange={setOpen} /> : null
}

/** The dialog for a seeded key (or any key), with the key list already loaded. */
async function renderSetDefault(keyOrName: string | EnrollmentKey) {
  const { queryClient, keyNamed } = await loadSeededKeys()
  const key = typeof keyOrName === 'string' ? keyNamed(keyOrName) : keyOrName
  return renderWithProviders(<OpenSetDefault keyItem={key} />, { queryClient })
}

function refuseUpdates(message: string) {
  server.use(
    http.put(
      '*/api/v1/enrollment-keys/:id',
      () => HttpResponse.json({ Code: 500, Message: message, Response: null }, { status: 500 }),
      { once: true },
    ),
  )
}

describe('SetDefaultDialog', () => {
  it('names the networks the key takes over and the keys that stop being the default', async () => {
    await renderSetDefault('multi-site-web')
    const dialog = await screen.findByRole('alertdialog', { name: 'Make multi-site-web the default key?' })
    expect(dialog).toHaveTextContent('multi-site-web becomes the default key for private-mesh and zero-path;')
    const takeovers = within(dialog).getAllByRole('listitem')
    expect(takeovers.map((item) => item.textContent)).toEqual([
      'private-mesh stops being the default for private-mesh;',
      'zero-path stops being the default for zero-path.',
    ])
    expect(dialog).toHaveTextContent('Existing devices are not affected.')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled()
    expect(within(dialog).getByRole('button', { name: 'Make default' })).toBeEnabled()
  })

  it('only explains for a key that is already the default, or has no network', async () => {
    const { unmount } = await renderSetDefault('netmaker')
    const already = await screen.findByRole('alertdialog', { name: 'netmaker is already the default key' })
    expect(already).toHaveTextContent('It is the default key for netmaker.')
    expect(
      within(already)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Close'])
    unmount()

    await renderSetDefault(makeKey({ name: 'no-networks', networks: [] }))
    const none = await screen.findByRole('alertdialog', { name: "Can't make no-networks the default key" })
    expect(none).toHaveTextContent('A default key needs at least one network, and this key has none.')
    expect(within(none).queryByRole('button', { name: 'Make default' })).not.toBeInTheDocument()
  })

  it('makes the key the default, closes and says so', async () => {
    const { user } = await renderSetDefault('multi-site-web')
    const dialog = await screen.findByRole('alertdialog', { name: 'Make multi-site-web the default key?' })
    await user.click(within(dialog).getByRole('button', { name: 'Make default' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(await screen.findByText('multi-site-web is now the default key')).toBeInTheDocument()
    expect(screen.getByText('For private-mesh and zero-path.')).toBeInTheDocument()
  })

  it('shows a refusal in the dialog, stays open, and can try again', async () => {
    refuseUpdates('could not complete the request: database is locked')
    const { user } = await renderSetDefault('multi-site-web')
    const dialog = await screen.findByRole('alertdialog', { name: 'Make multi-site-web the default key?' })
    await user.click(within(dialog).getByRole('button', { name: 'Make default' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent("Couldn't make multi-site-web the default key")
    expect(alert).toHaveTextContent('could not complete the request: database is locked')
    // Still the question as it was asked, with both ways out.
    expect(dialog).toHaveTextContent('private-mesh stops being the default for private-mesh')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled()

    await user.click(within(dialog).getByRole('button', { name: 'Make default' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(await screen.findByText('multi-site-web is now the default key')).toBeInTheDocument()
  })

  it('cannot be closed while the change is on its way', async () => {
    const { user } = await renderSetDefault('multi-site-web')
    const dialog = await screen.findByRole('alertdialog', { name: 'Make multi-site-web the default key?' })
    holdRequests()
    await user.click(within(dialog).getByRole('button', { name: 'Make default' }))

    expect(await within(dialog).findByRole('button', { name: 'Making default…' })).toBeDisabled()
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled()
    await user.keyboard('{Escape}')
    expect(screen.getByRole('alertdialog', { name: 'Make multi-site-web the default key?' })).toBe(dialog)

    act(() => void releaseRequests())
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
  })
})
