import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { createQueryClient } from '@/api/query-client'
import { DEMO_MASTER_KEY } from '@/lib/demo'
import { sessionStore } from '@/lib/session'
import { server } from '@/mocks/node'
import { renderWithProviders } from '@/test/render'

import { AppRoutes } from './routes'

const STORAGE_KEY = 'nm-console.session'

describe('AppRoutes', () => {
  it('sends a signed-out visitor to sign in, remembering where they were going', async () => {
    const { location } = renderWithProviders(<AppRoutes />, { path: '/keys?q=office', signedIn: false })
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(location.history.at(-1)).toBe('/login?next=%2Fkeys%3Fq%3Doffice')
  })

  it('opens Keys for "/"', async () => {
    const { location } = renderWithProviders(<AppRoutes />, { path: '/' })
    await waitFor(() => expect(location.history.at(-1)).toBe('/keys'))
    expect(document.title).toBe('Keys · Netmaker Console')
  })

  it('shows the shell: product, current section, server version, user and theme', async () => {
    renderWithProviders(<AppRoutes />, { path: '/keys' })
    // The shell's header comes first (jsdom also counts headers inside <main> as banners).
    const [banner] = screen.getAllByRole('banner')
    if (!banner) throw new Error('no header')
    expect(within(banner).getByRole('link', { name: 'Netmaker Console' })).toBeInTheDocument()
    const nav = within(banner).getByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Keys' })).toHaveAttribute('aria-current', 'page')
    expect(await within(banner).findByText('v1.8.0')).toBeInTheDocument()
    expect(within(banner).getByText('admin')).toBeInTheDocument()
    expect(within(banner).getByRole('group', { name: 'Theme' })).toBeInTheDocument()
    expect(within(banner).getByRole('radio', { name: 'System' })).toBeChecked()
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main')
  })

  it('says "Master key" for a session opened with the master key', async () => {
    const { location } = renderWithProviders(<AppRoutes />, { path: '/keys', signedIn: false })
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    act(() => sessionStore.signIn({ token: DEMO_MASTER_KEY, serverUrl: '', username: null }, false))
    await screen.findByRole('navigation', { name: 'Main' })
    expect(location.history.at(-1)).toBe('/keys')
    const header = screen.getAllByRole('banner').find((b) => within(b).queryByRole('navigation', { name: 'Main' }))
    expect(within(header ?? document.body).getByText('Master key')).toBeInTheDocument()
  })

  it('switches the theme from the header', async () => {
    const { user } = renderWithProviders(<AppRoutes />, { path: '/keys' })
    await user.click(screen.getByRole('radio', { name: 'Dark' }))
    expect(document.documentElement).toHaveClass('dark')
    expect(localStorage.getItem('theme')).toBe('dark')
    await user.click(screen.getByRole('radio', { name: 'Light' }))
    expect(document.documentElement).not.toHaveClass('dark')
  })

  it('shows a titled 404 page inside the shell for unknown addresses', async () => {
    const { user, location } = renderWithProviders(<AppRoutes />, { path: '/no-such-page' })
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(document.title).toBe('Page not found · Netmaker Console')
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Go to Keys' }))
    expect(location.history.at(-1)).toBe('/keys')
  })

  it('signs out: forgets the session and the loaded data, and says so', async () => {
    const queryClient = createQueryClient()
    const { user, location } = renderWithProviders(<AppRoutes />, { path: '/keys', queryClient })
    expect(await screen.findByText('v1.8.0')).toBeInTheDocument()
    expect(sessionStorage.getItem(STORAGE_KEY)).not.toBeNull()
    expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0)

    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    expect(await screen.findByText('You have signed out.')).toBeInTheDocument()
    expect(location.history.at(-1)).toBe('/login')
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull()
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
  })

  it('signs out with "session expired" when any request answers 401, and comes back after signing in', async () => {
    server.use(
      http.get('*/api/server/status', () =>
        HttpResponse.json({ Code: 401, Message: 'unauthorized', Response: null }, { status: 401 }),
      ),
    )
    const queryClient = createQueryClient()
    const { user, location } = renderWithProviders(<AppRoutes />, { path: '/keys?q=staging', queryClient })

    expect(await screen.findByText('Your session has expired. Sign in again.')).toBeInTheDocument()
    expect(location.history.at(-1)).toBe('/login?next=%2Fkeys%3Fq%3Dstaging')
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull()

    server.resetHandlers()
    await user.clear(screen.getByLabelText('Server URL'))
    await user.type(screen.getByLabelText('Server URL'), 'https://nm.example.com')
    await user.click(screen.getByRole('radio', { name: 'Master key' }))
    await user.type(screen.getByLabelText('Server master key'), DEMO_MASTER_KEY)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(location.history.at(-1)).toBe('/keys?q=staging'))
  })
})
