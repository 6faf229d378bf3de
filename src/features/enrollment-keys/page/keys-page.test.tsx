import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { server } from '@/mocks/node'
import { rowOf } from '@/test/queries'
import { renderWithProviders } from '@/test/render'

import { KeysPage } from './keys-page'

async function renderPage(path = '/keys') {
  const view = renderWithProviders(<KeysPage />, { path })
  const table = await screen.findByRole('table', { name: 'Enrollment keys' })
  return { ...view, table }
}

describe('KeysPage', () => {
  it('lists the keys sorted by name with status, usage, gateway and tags', async () => {
    const { table } = await renderPage()
    expect(screen.getByRole('heading', { level: 1, name: 'Keys' })).toBeInTheDocument()
    const staging = rowOf(table, 'staging-ci')
    expect(staging).toHaveTextContent('Valid')
    expect(staging).toHaveTextContent('5 uses left')
    expect(await within(staging).findByText('relay-fra-01')).toBeInTheDocument()
    expect(staging).toHaveTextContent('relay-fra-01 (netmaker)')
    expect(rowOf(table, 'contractor-march')).toHaveTextContent('Expired')
    expect(rowOf(table, 'legacy-fallback')).toHaveTextContent('Valid')
    expect(rowOf(table, 'broken-import')).toHaveTextContent('Invalid')
    expect(await screen.findByText('1–15 of 15 keys')).toBeInTheDocument()
    // Tokens are masked until revealed.
    expect(within(staging).getByText(/^•{8}[A-Z2-7]{4}$/)).toBeInTheDocument()
  })

  it('restores search, filters and sort from the URL and keeps other parameters', async () => {
    const { table, user, location } = await renderPage('/keys?scenario=default&type=limited&sort=name&dir=desc')
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('button')[0]?.textContent)
    expect(names()).toEqual(['staging-ci', 'single-use-kiosk', 'ci-runners-used'])
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending')

    await user.selectOptions(screen.getByLabelText('Network', { selector: 'select' }), 'turbo-link')
    await waitFor(() => expect(names()).toEqual(['single-use-kiosk']))
    const params = new URLSearchParams(location.history?.at(-1)?.split('?')[1])
    expect(params.get('scenario')).toBe('default')
    expect(params.get('network')).toBe('turbo-link')
    expect(params.get('type')).toBe('limited')
  })

  it('shows the server’s message and Retry when the list fails, never an empty list', async () => {
    server.use(
      http.get('*/api/v1/enrollment-keys', () =>
        HttpResponse.json({ Code: 500, Message: 'database is locked', Response: null }, { status: 500 }),
      ),
    )
    renderWithProviders(<KeysPage />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent("Couldn't load enrollment keys")
    expect(alert).toHaveTextContent('database is locked')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expect(screen.queryByText('No enrollment keys yet')).not.toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('keeps the rows when a background refetch fails', async () => {
    const { table, queryClient } = await renderPage()
    server.use(
      http.get('*/api/v1/enrollment-keys', () =>
        HttpResponse.json({ Code: 500, Message: 'database is locked', Response: null }, { status: 500 }),
      ),
    )
    await queryClient.refetchQueries({ queryKey: enrollmentKeyQueries.all() })
    expect(await screen.findByText(/Couldn't refresh enrollment keys/)).toBeInTheDocument()
    expect(rowOf(table, 'staging-ci')).toBeInTheDocument()
  })

  it('opens details from the name and closes them when the key disappears from the list', async () => {
    const { table, user, queryClient } = await renderPage()
    await user.click(within(table).getByRole('button', { name: 'office-laptops' }))
    const dialog = await screen.findByRole('dialog', { name: 'office-laptops' })
    expect(dialog).toHaveTextContent('netclient join -t ')

    queryClient.setQueryData<EnrollmentKey[]>(enrollmentKeyQueries.list().queryKey, (keys) =>
      keys?.filter((k) => k.name !== 'office-laptops'),
    )
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'office-laptops' })).not.toBeInTheDocument())
  })

  it('keeps the details open while a delete is refused, with the row back and the reason shown', async () => {
    server.use(
      http.delete('*/api/v1/enrollment-keys/:value', async () => {
        // Long enough for the optimistic removal to render before the refusal arrives.
        await delay(300)
        return HttpResponse.json(
          { Code: 500, Message: 'could not delete: database is locked', Response: null },
          { status: 500 },
        )
      }),
    )
    const { table, user } = await renderPage()
    await user.click(within(table).getByRole('button', { name: 'office-laptops' }))
    const details = await screen.findByRole('dialog', { name: 'office-laptops' })
    await user.click(await within(details).findByRole('button', { name: /^Delete/ }))
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete key office-laptops?' })
    await user.click(within(confirm).getByRole('button', { name: 'Delete key' }))

    expect(await within(confirm).findByText('could not delete: database is locked')).toBeInTheDocument()
    expect(screen.getByRole('dialog', { name: 'office-laptops' })).toBeInTheDocument()
    // The row is back (behind the modal dialogs, hence hidden from the accessibility tree for now).
    expect(within(table).getByRole('button', { name: 'office-laptops', hidden: true })).toBeInTheDocument()
  })

  it('hides changes from an account the server says is read-only, and keeps them when it does not say', async () => {
    server.use(
      http.get('*/api/users/:username', ({ params }) =>
        HttpResponse.json({ username: String(params.username), isadmin: false, platform_role_id: 'auditor' }),
      ),
    )
    const { table, unmount } = await renderPage()
    expect(await screen.findByText(/Your account is read-only/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Create key' })).not.toBeInTheDocument()
    expect(within(table).queryByRole('checkbox')).not.toBeInTheDocument()
    unmount()

    // A server that won't tell (no such route): everything stays offered; a refusal is explained when it comes.
    server.use(http.get('*/api/users/:username', () => new HttpResponse('404 page not found', { status: 404 })))
    const { table: secondTable } = await renderPage()
    expect(await screen.findByRole('button', { name: 'Create key' })).toBeInTheDocument()
    expect(within(secondTable).getAllByRole('checkbox').length).toBeGreaterThan(1)
    expect(screen.queryByText(/Your account is read-only/)).not.toBeInTheDocument()
  })
})
