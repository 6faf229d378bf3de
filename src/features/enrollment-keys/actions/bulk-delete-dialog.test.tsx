import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { holdRequests, releaseRequests } from '@/mocks/hold'
import { server } from '@/mocks/node'
import { renderWithProviders } from '@/test/render'
import { loadSeededKeys } from '@/test/seeded-keys'

import { BulkDeleteDialog } from './bulk-delete-dialog'

/** Open until the dialog asks to close, as the selection bar mounts it. */
function OpenBulkDelete({ keys }: { keys: readonly EnrollmentKey[] }) {
  const [open, setOpen] = useState(true)
  return open ? <BulkDeleteDialog keys={keys} open onOpenChange={setOpen} onDeleted={() => {}} /> : null
}

async function renderBulkDelete(...names: string[]) {
  const { queryClient, keyNamed } = await loadSeededKeys()
  const keys = names.map(keyNamed)
  const view = renderWithProviders(<OpenBulkDelete keys={keys} />, { queryClient })
  const dialog = await screen.findByRole('alertdialog', { name: `Delete ${names.length} keys?` })
  return { ...view, keys, dialog }
}

/** The server refuses to delete the key with this id, once. */
function refuseDeleteOf(id: string, message: string) {
  server.use(
    http.delete(
      `*/api/v1/enrollment-keys/${id}`,
      () => HttpResponse.json({ Code: 500, Message: message, Response: null }, { status: 500 }),
      { once: true },
    ),
  )
}

describe('BulkDeleteDialog', () => {
  it('lists the keys it is about to delete', async () => {
    const { dialog } = await renderBulkDelete('contractor-march', 'ci-runners-used')
    const list = within(dialog).getByRole('list', { name: 'Keys to delete' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['contractor-march', 'ci-runners-used'])
    expect(dialog).toHaveTextContent('Devices can no longer enrol with these keys.')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled()
    expect(within(dialog).getByRole('button', { name: 'Delete 2 keys' })).toBeEnabled()
  })

  it('deletes them all, closes and says how many', async () => {
    const { user, dialog } = await renderBulkDelete('contractor-march', 'ci-runners-used')
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 keys' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(await screen.findByText('Deleted 2 keys')).toBeInTheDocument()
  })

  it('names a refused key in the dialog, stays open, and Try again deletes it', async () => {
    const { user, dialog, keys } = await renderBulkDelete('contractor-march', 'ci-runners-used')
    const [, refused] = keys
    if (!refused) throw new Error('two keys expected')
    refuseDeleteOf(refused.id, 'could not complete the request: database is locked')
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 keys' }))

    const report = await screen.findByRole('alertdialog', { name: 'Deleted 1 of 2 keys' })
    // The report replaces the question: focus is not left on a button that now says something else.
    await waitFor(() => expect(report).toHaveFocus())
    expect(report).toHaveTextContent('This key was not deleted and is still selected:')
    const alert = within(report).getByRole('alert')
    expect(alert).toHaveTextContent("Couldn't delete 1 key")
    expect(alert).toHaveTextContent('ci-runners-used: could not complete the request: database is locked')
    expect(alert).not.toHaveTextContent('contractor-march')
    expect(within(report).getByRole('button', { name: 'Close' })).toBeEnabled()

    await user.click(within(report).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(report).not.toBeInTheDocument())
    expect(await screen.findByText('Deleted 1 key')).toBeInTheDocument()
  })

  it('cannot be closed while the keys are being deleted', async () => {
    const { user, dialog } = await renderBulkDelete('contractor-march', 'ci-runners-used')
    holdRequests()
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 keys' }))

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Deleting… 0 of 2 done')
    expect(within(dialog).getByRole('button', { name: 'Deleting…' })).toBeDisabled()
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled()
    await user.keyboard('{Escape}')
    expect(screen.getByRole('alertdialog', { name: 'Delete 2 keys?' })).toBe(dialog)

    act(() => void releaseRequests())
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
  })
})
