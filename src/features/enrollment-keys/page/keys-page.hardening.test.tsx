import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'

import { createQueryClient } from '@/api/query-client'
import { getDb } from '@/mocks/db'
import { holdRequests, releaseRequests } from '@/mocks/hold'
import { server } from '@/mocks/node'
import { toLegacy } from '@/mocks/wire'
import { rowOf } from '@/test/queries'
import { renderWithProviders } from '@/test/render'

import { KeysPage } from './keys-page'

/** The seeded list as the server sends it, with some keys changed. */
function listWith(change: (keys: Record<string, unknown>[]) => void) {
  server.use(
    http.get('*/api/v1/enrollment-keys', () => {
      const keys = getDb().keys.map((k) => ({ ...toLegacy(k) }) as Record<string, unknown>)
      change(keys)
      return HttpResponse.json(keys)
    }),
  )
}

function keyNamed(keys: Record<string, unknown>[], name: string): Record<string, unknown> {
  const key = keys.find((k) => Array.isArray(k.tags) && k.tags[0] === name)
  if (!key) throw new Error(`no key ${name}`)
  return key
}

describe('KeysPage with keys it cannot read', { timeout: 15_000 }, () => {
  it('shows the good keys and lists the unreadable one with its field and value', async () => {
    listWith((keys) => {
      keyNamed(keys, 'staging-ci').uses_remaining = 'lots'
    })
    renderWithProviders(<KeysPage />)

    const table = await screen.findByRole('table', { name: 'Enrollment keys' })
    expect(within(table).getByRole('button', { name: 'contractor-march' })).toBeInTheDocument()
    expect(within(table).queryByRole('button', { name: 'staging-ci' })).not.toBeInTheDocument()
    expect(await screen.findByText('1–14 of 14 keys')).toBeInTheDocument()

    const alert = screen
      .getAllByRole('status')
      .find((el) => within(el).queryByText('1 key could not be read and is not shown'))
    if (!alert) throw new Error('no notice')
    expect(alert).toHaveTextContent('“staging-ci”')
    expect(alert).toHaveTextContent('field uses_remaining is "lots"')
    // The page stays usable.
    expect(screen.getByRole('button', { name: 'Create key' })).toBeEnabled()
  })

  it('shows a type outside 0–3 as "unknown type (7)", not as a failure', async () => {
    listWith((keys) => {
      keyNamed(keys, 'staging-ci').type = 7
    })
    renderWithProviders(<KeysPage />)
    const table = await screen.findByRole('table', { name: 'Enrollment keys' })
    const row = rowOf(table, 'staging-ci')
    expect(row).toHaveTextContent('unknown type (7)')
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument()
  })

  it('marks right-to-left and zero-width characters in key names', async () => {
    listWith((keys) => {
      keyNamed(keys, 'staging-ci').tags = ['staging\u202Eic-']
    })
    renderWithProviders(<KeysPage />)
    const table = await screen.findByRole('table', { name: 'Enrollment keys' })
    expect(within(table).getByText('staging⟦U+202E⟧ic-')).toBeInTheDocument()
  })
})

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online })
  window.dispatchEvent(new Event(online ? 'online' : 'offline'))
}

describe('KeysPage when the connection or the server misbehaves', { timeout: 30_000 }, () => {
  afterEach(() => setOnline(true))

  it('offline: banner, a delete fails at once with "you are offline", and is not sent when back online', async () => {
    let deletes = 0
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'DELETE') deletes += 1
    })
    // The app's own query client: its network mode decides whether an offline change waits or fails.
    const { user } = renderWithProviders(<KeysPage />, { queryClient: createQueryClient() })
    const table = await screen.findByRole('table', { name: 'Enrollment keys' })
    await user.click(within(table).getByRole('button', { name: 'office-laptops' }))
    const details = await screen.findByRole('dialog', { name: 'office-laptops' }, { timeout: 5000 })
    await user.click(await within(details).findByRole('button', { name: /^Delete/ }, { timeout: 5000 }))
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete key office-laptops?' }, { timeout: 10_000 })

    act(() => setOnline(false))
    expect(await screen.findByText('You are offline.')).toBeInTheDocument()
    await user.click(within(confirm).getByRole('button', { name: 'Delete key' }))

    expect(await within(confirm).findByText(/You are offline\. Nothing was sent/)).toBeInTheDocument()
    expect(within(confirm).getByRole('button', { name: 'Delete key' })).toBeEnabled()

    act(() => setOnline(true))
    await waitFor(() => expect(screen.queryByText('You are offline.')).not.toBeInTheDocument())
    // Give a paused change every chance to run by itself: it must not.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(deletes).toBe(0)
    expect(within(confirm).getByRole('button', { name: 'Delete key' })).toBeEnabled()
    server.events.removeAllListeners()
  })

  it('says the server is slow while a request takes long, instead of a silent skeleton', async () => {
    holdRequests()
    renderWithProviders(<KeysPage />)
    expect(
      await screen.findByText(/The server is slow to answer\. Still waiting/, {}, { timeout: 8000 }),
    ).toBeInTheDocument()
    act(() => void releaseRequests())
    await screen.findByRole('table', { name: 'Enrollment keys' })
    await waitFor(() => expect(screen.queryByText(/The server is slow to answer/)).not.toBeInTheDocument())
  })

  it('a proxy error page reads as one short sentence, the raw page behind "Details"', async () => {
    server.use(
      http.get('*/api/v1/enrollment-keys', () =>
        HttpResponse.html('<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>', {
          status: 502,
        }),
      ),
    )
    renderWithProviders(<KeysPage />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'The server (or a proxy in front of it) answered 502 with a web page instead of an API answer.',
    )
    // The disclosure's open state is on the <details> element itself.
    // eslint-disable-next-line testing-library/no-node-access
    const details = within(alert).getByText('Details').closest('details')
    expect(details).not.toHaveAttribute('open')
    expect(details).toHaveTextContent('<title>502 Bad Gateway</title>')
  })

  it('a key deleted elsewhere: says it no longer exists (not the server text) and the list drops it', async () => {
    const { user } = renderWithProviders(<KeysPage />)
    const table = await screen.findByRole('table', { name: 'Enrollment keys' })
    await user.click(within(table).getByRole('button', { name: 'office-laptops' }))
    const details = await screen.findByRole('dialog', { name: 'office-laptops' }, { timeout: 5000 })
    await user.click(await within(details).findByRole('button', { name: /^Delete/ }, { timeout: 5000 }))
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete key office-laptops?' }, { timeout: 10_000 })
    // Another administrator deletes it meanwhile.
    const db = getDb()
    db.keys = db.keys.filter((k) => k.name !== 'office-laptops')

    await user.click(within(confirm).getByRole('button', { name: 'Delete key' }))
    expect(await within(confirm).findByText(/This key no longer exists on the server/)).toBeInTheDocument()
    expect(within(confirm).queryByText(/no enrollmentkey found/)).not.toBeInTheDocument()
    await waitFor(() =>
      expect(within(table).queryByRole('button', { name: 'office-laptops', hidden: true })).not.toBeInTheDocument(),
    )
  })
})
