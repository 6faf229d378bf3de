import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import { server } from '@/mocks/node'
import { renderWithProviders } from '@/test/render'
import { loadSeededKeys } from '@/test/seeded-keys'

import { EditKeyDialog } from './edit-key-dialog'

async function renderEdit(name: string) {
  const { queryClient, keyNamed } = await loadSeededKeys()
  const key = keyNamed(name)
  let open = true
  const view = renderWithProviders(<EditKeyDialog keyItem={key} open onOpenChange={(next) => (open = next)} />, {
    queryClient,
  })
  const dialog = await screen.findByRole('dialog', { name: `Edit key ${name}` })
  return { ...view, key, dialog, isOpen: () => open }
}

describe('EditKeyDialog', () => {
  it('enables Save only after a change, and a gateway turns auto-select off', async () => {
    const { user, dialog } = await renderEdit('multi-site-web')
    const save = within(dialog).getByRole('button', { name: 'Save changes' })
    expect(save).toBeDisabled()

    const auto = within(dialog).getByRole('switch', { name: 'Auto-select gateway' })
    expect(auto).toBeChecked()
    await user.click(await within(dialog).findByRole('radio', { name: 'relay-nyc-02 (zero-path)' }))
    expect(auto).not.toBeChecked()
    expect(save).toBeEnabled()

    // Back to how it was: nothing to save.
    await user.click(auto)
    expect(within(dialog).getByRole('radio', { name: 'No gateway' })).toBeChecked()
    expect(save).toBeDisabled()
  })

  it('shows the server’s refusal in the dialog and keeps the choices', async () => {
    server.use(
      http.put('*/api/v1/enrollment-keys/:id', () =>
        HttpResponse.json({ Code: 500, Message: "relay node not in key's networks", Response: null }, { status: 500 }),
      ),
    )
    const { user, dialog, queryClient, key, isOpen } = await renderEdit('office-laptops')
    await user.click(await within(dialog).findByRole('radio', { name: 'relay-fra-01 (private-mesh)' }))
    await user.click(await within(dialog).findByRole('checkbox', { name: 'db' }))
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent("relay node not in key's networks")
    expect(within(dialog).getByRole('radio', { name: 'relay-fra-01 (private-mesh)' })).toBeChecked()
    expect(within(dialog).getByRole('checkbox', { name: 'db' })).toBeChecked()
    expect(isOpen()).toBe(true)
    // The list shows the key as it was.
    await waitFor(() => {
      const cached = queryClient.getQueryData(enrollmentKeyQueries.list().queryKey)?.find((k) => k.id === key.id)
      expect(cached).toEqual(key)
    })
  })

  it('saves the full set the server replaces and closes', async () => {
    let sent: unknown
    const { user, dialog, key, isOpen } = await renderEdit('private-mesh')
    server.use(
      http.put('*/api/v1/enrollment-keys/:id', async ({ request }) => {
        sent = await request.json()
        return HttpResponse.json({
          value: key.id,
          tags: [key.name],
          token: key.token,
          networks: key.networks,
          type: 3,
          uses_remaining: 0,
          expiration: '0001-01-01T00:00:00Z',
          unlimited: true,
          relay: '00000000-0000-0000-0000-000000000000',
          groups: ['private-mesh.web'],
          default: true,
          auto_assign_gw: false,
        })
      }),
    )
    await user.click(await within(dialog).findByRole('checkbox', { name: 'web' }))
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(isOpen()).toBe(false))
    expect(sent).toEqual({ relay: '', groups: ['private-mesh.web'], auto_assign_gw: false, default: true })
    expect(await screen.findByText('Saved key private-mesh')).toBeInTheDocument()
  })
})
