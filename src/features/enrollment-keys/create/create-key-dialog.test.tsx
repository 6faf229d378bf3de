import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { server } from '@/mocks/node'
import { renderWithProviders } from '@/test/render'

import { CreateKeyDialog } from './create-key-dialog'

function currentStep(dialog: HTMLElement) {
  return within(dialog).getByRole('navigation', { name: 'Steps' }).querySelector('[aria-current="step"]')?.textContent
}

/** Fill a limited key for private-mesh with relay-fra-01 and the web tag, and stop on Review. */
async function fillToReview() {
  const view = renderWithProviders(<CreateKeyDialog open onOpenChange={() => {}} />)
  const { user } = view
  const dialog = await screen.findByRole('dialog', { name: 'Create key' })
  await user.type(within(dialog).getByLabelText('Name'), '  unit key  ')
  await user.click(within(dialog).getByRole('radio', { name: 'Limited number of uses' }))
  await user.type(within(dialog).getByLabelText('Number of uses'), '4')
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  await user.click(await within(dialog).findByRole('checkbox', { name: 'private-mesh' }))
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  await user.click(await within(dialog).findByRole('radio', { name: 'relay-fra-01 (private-mesh)' }))
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  await user.click(await within(dialog).findByRole('checkbox', { name: /^web/ }))
  await user.click(within(dialog).getByRole('button', { name: 'Next' }))
  expect(currentStep(dialog)).toContain('Review')
  return { ...view, dialog }
}

function refuseCreate(status: number, message: string) {
  server.use(
    http.post('*/api/v1/enrollment-keys', () =>
      HttpResponse.json({ Code: status, Message: message, Response: null }, { status }),
    ),
  )
}

describe('CreateKeyDialog', () => {
  it('sends the contract body and shows the token', async () => {
    let sent: unknown
    server.use(
      http.post('*/api/v1/enrollment-keys', async ({ request }) => {
        sent = await request.clone().json()
        return undefined // let the mock server handle it
      }),
    )
    const { user, dialog } = await fillToReview()
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    const result = await screen.findByRole('dialog', { name: 'Key created' })
    expect(within(result).getAllByText(/netclient join -t /).length).toBeGreaterThan(0)
    expect(sent).toEqual({
      tags: ['unit key'],
      networks: ['private-mesh'],
      uses_remaining: 4,
      expiration: 0,
      unlimited: false,
      relay: '9a7e6f10-2c3d-4e5f-a6b7-c8d9e0f1a201',
      auto_assign_gw: false,
      groups: ['private-mesh.web'],
      default: false,
    })
  })

  it('puts a relay refusal on the Gateway step', async () => {
    refuseCreate(500, "relay node not in key's networks")
    const { user, dialog } = await fillToReview()
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    expect(
      await within(dialog).findByText(/The server refused this gateway: relay node not in key's networks/),
    ).toBeVisible()
    expect(currentStep(dialog)).toContain('Gateway')
    expect(within(dialog).getByRole('radio', { name: 'relay-fra-01 (private-mesh)' })).toBeChecked()
  })

  it('puts the name-length refusal on Name, back on Details, keeping the choices', async () => {
    refuseCreate(400, 'validation error: name length must be between 3 and 32: x')
    const { user, dialog } = await fillToReview()
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    const name = await within(dialog).findByLabelText('Name')
    expect(currentStep(dialog)).toContain('Details')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription(/The server refused this name/)
    expect(within(dialog).getByLabelText('Number of uses')).toHaveValue(4)
  })

  it('puts the default-needs-a-network refusal on Networks', async () => {
    refuseCreate(400, 'default enrollment keys require at least one network or tag')
    const { user, dialog } = await fillToReview()
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    expect(await within(dialog).findByText(/The server refused the networks/)).toBeVisible()
    expect(currentStep(dialog)).toContain('Networks')
  })

  it('shows any other refusal at the top of Review and can send again', async () => {
    refuseCreate(400, 'something unexpected')
    const { user, dialog } = await fillToReview()
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('something unexpected')
    expect(currentStep(dialog)).toContain('Review')
    server.resetHandlers()
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }))
    expect(await screen.findByRole('dialog', { name: 'Key created' })).toBeInTheDocument()
  })
})
