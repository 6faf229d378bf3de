import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { holdRequests, releaseRequests } from '@/mocks/hold'
import { server } from '@/mocks/node'
import { renderWithProviders } from '@/test/render'
import { loadSeededKeys } from '@/test/seeded-keys'

import { RegenerateTokenDialog } from './regenerate-token-dialog'

/** Open until the dialog asks to close, as the page mounts it. */
function OpenRegenerate({ keyItem }: { keyItem: EnrollmentKey }) {
  const [open, setOpen] = useState(true)
  return open ? <RegenerateTokenDialog keyItem={keyItem} open onOpenChange={setOpen} onKeyReplaced={() => {}} /> : null
}

async function renderRegenerate(name: string) {
  const { queryClient, keyNamed } = await loadSeededKeys()
  const key = keyNamed(name)
  const view = renderWithProviders(<OpenRegenerate keyItem={key} />, { queryClient })
  const dialog = await screen.findByRole('dialog', { name: `Regenerate the token of ${name}?` })
  return { ...view, key, dialog }
}

describe('RegenerateTokenDialog', () => {
  it('warns that the old token stops working and that the settings stay', async () => {
    const { dialog } = await renderRegenerate('weekend-event')
    expect(dialog).toHaveTextContent('The key gets a new token; its settings stay the same.')
    expect(dialog).toHaveTextContent('Devices using the old token can no longer enrol with it')
    expect(dialog).toHaveTextContent('Devices that already joined are unaffected.')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled()
    expect(within(dialog).getByRole('button', { name: 'Regenerate token' })).toBeEnabled()
  })

  it('shows the new token once the server has answered', async () => {
    const { user, dialog, key } = await renderRegenerate('weekend-event')
    await user.click(within(dialog).getByRole('button', { name: 'Regenerate token' }))

    const result = await screen.findByRole('dialog', { name: 'New token for weekend-event' })
    const token = within(result).getByRole('textbox', { name: 'Token' })
    expect(token).not.toHaveValue('')
    expect(token).not.toHaveValue(key.token)
    expect(within(result).getByRole('button', { name: 'Copy token' })).toBeInTheDocument()
    expect(await screen.findByText('Regenerated the token of weekend-event')).toBeInTheDocument()

    await user.click(within(result).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(result).not.toBeInTheDocument())
  })

  it('shows a refusal in the dialog, says the old token still works, and can try again', async () => {
    server.use(
      http.post(
        '*/api/v1/enrollment-keys/:id/regenerate-token',
        () =>
          HttpResponse.json(
            { Code: 500, Message: 'could not complete the request: database is locked', Response: null },
            { status: 500 },
          ),
        { once: true },
      ),
    )
    const { user, dialog } = await renderRegenerate('weekend-event')
    await user.click(within(dialog).getByRole('button', { name: 'Regenerate token' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent("Couldn't regenerate the token")
    expect(alert).toHaveTextContent('could not complete the request: database is locked')
    expect(alert).toHaveTextContent('The old token still works.')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled()

    await user.click(within(dialog).getByRole('button', { name: 'Regenerate token' }))
    expect(await screen.findByRole('dialog', { name: 'New token for weekend-event' })).toBeInTheDocument()
  })

  it('cannot be closed while the server has not answered', async () => {
    const { user, dialog } = await renderRegenerate('weekend-event')
    holdRequests()
    await user.click(within(dialog).getByRole('button', { name: 'Regenerate token' }))

    expect(await within(dialog).findByRole('button', { name: 'Regenerating…' })).toBeDisabled()
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled()
    await user.keyboard('{Escape}')
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.getByRole('dialog', { name: 'Regenerate the token of weekend-event?' })).toBe(dialog)

    act(() => void releaseRequests())
    expect(await screen.findByRole('dialog', { name: 'New token for weekend-event' })).toBeInTheDocument()
  })
})
