import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { renderWithProviders } from '@/test/render'
import { loadSeededKeys } from '@/test/seeded-keys'

import { WaitForDevice } from './wait-for-device'

async function loadKey(name: string) {
  const { queryClient, keyNamed } = await loadSeededKeys()
  return { key: keyNamed(name), queryClient }
}

/** What netclient does, straight at the mock's register route. */
async function register(key: EnrollmentKey, name: string) {
  const response = await fetch(`http://localhost/api/v1/host/register/${encodeURIComponent(key.token)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: crypto.randomUUID(), name, os: 'darwin', version: 'v1.6.0' }),
  })
  expect(response.status).toBe(200)
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

afterEach(() => setVisibility('visible'))

describe('WaitForDevice', () => {
  it('shows the device that joined while it waited, with its OS and network', async () => {
    const { key, queryClient } = await loadKey('staging-ci')
    renderWithProviders(<WaitForDevice keyItem={key} onStop={vi.fn()} intervalMs={50} />, { queryClient })
    await screen.findByText(/Waiting for a device to join netmaker/)

    await register(key, 'mac-mini')

    const joined = await screen.findByText('Your device joined')
    // Focus moves in an effect after the outcome renders.
    await waitFor(() => expect(joined).toHaveFocus())
    const list = screen.getByRole('list', { name: 'Devices that joined' })
    expect(await within(list).findByText('mac-mini')).toBeInTheDocument()
    expect(within(list).getByText(/macOS/)).toBeInTheDocument()
    expect(within(list).getByText(/^netmaker/)).toBeInTheDocument()
    expect(await screen.findByText('4 uses left')).toBeInTheDocument()
  })

  it('ignores a device joining another network (and then runs out of time)', async () => {
    const { key, queryClient } = await loadKey('staging-ci')
    const { key: other } = await loadKey('weekend-event')
    renderWithProviders(<WaitForDevice keyItem={key} onStop={vi.fn()} intervalMs={50} limitMs={600} />, {
      queryClient,
    })
    await screen.findByText(/Waiting for a device/)
    await register(other, 'turbo-box')
    // It runs out of time instead of reporting a device from turbo-link.
    expect(await screen.findByText(/No device has joined in/)).toBeInTheDocument()
    expect(screen.queryByText('Your device joined')).not.toBeInTheDocument()
  })

  it('after the time limit, says what usually goes wrong, with the key’s server address; can keep waiting', async () => {
    const { key, queryClient } = await loadKey('office-laptops')
    const { user } = renderWithProviders(
      <WaitForDevice keyItem={key} onStop={vi.fn()} intervalMs={50} limitMs={1000} />,
      { queryClient },
    )
    const outcome = await screen.findByText(/No device has joined in/)
    await waitFor(() => expect(outcome).toHaveFocus())
    expect(screen.getByText(/sends devices to api\.netmaker\.demo/)).toBeInTheDocument()
    expect(screen.getByText(/A firewall in the way/)).toBeInTheDocument()
    expect(screen.getByText(/Not the problem now/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Keep waiting' }))
    expect(await screen.findByText(/Waiting for a device/)).toBeInTheDocument()
  })

  it('pauses in a background tab and picks the device up when the tab is visible again', async () => {
    const { key, queryClient } = await loadKey('office-laptops')
    renderWithProviders(<WaitForDevice keyItem={key} onStop={vi.fn()} intervalMs={50} />, { queryClient })
    await screen.findByText(/Waiting for a device/)
    setVisibility('hidden')
    expect(await screen.findByText(/Paused while this tab is in the background/)).toBeInTheDocument()

    await register(key, 'hidden-laptop')
    // Hidden: nothing asks the server, so nothing is found, however long it stays hidden.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(screen.queryByText('Your device joined')).not.toBeInTheDocument()

    setVisibility('visible')
    expect(await screen.findByText('Your device joined')).toBeInTheDocument()
    expect(await screen.findByText('hidden-laptop')).toBeInTheDocument()
  })
})
