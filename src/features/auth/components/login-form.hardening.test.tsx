import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'

import { createQueryClient } from '@/api/query-client'
import { AppRoutes } from '@/app/routes'
import { sessionStore } from '@/lib/session'
import { server } from '@/mocks/node'
import { renderWithProviders } from '@/test/render'

const SERVER = 'https://nm.example.com'

function renderLogin() {
  return renderWithProviders(<AppRoutes />, { path: '/login', signedIn: false, queryClient: createQueryClient() })
}

afterEach(() => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true }))

describe('sign-in hardening', { timeout: 15_000 }, () => {
  it.each([
    ['a web page', () => HttpResponse.html('<html><body>Welcome to nginx!</body></html>', { status: 200 })],
    ['JSON that is not a key list', () => HttpResponse.json({ ok: true })],
  ])('refuses a master key "accepted" by a 2xx carrying %s', async (_what, answer) => {
    server.use(http.get('*/api/v1/enrollment-keys', answer))
    const { user } = renderLogin()
    await user.type(await screen.findByLabelText('Server URL'), SERVER)
    await user.click(screen.getByRole('radio', { name: 'Master key' }))
    await user.type(screen.getByLabelText('Server master key'), 'anything')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(/did not answer like a Netmaker server/)
    expect(sessionStore.get()).toBeNull()
  })

  it('forgets the password once signed in: not in the form, not in the mutation cache', async () => {
    const { user, queryClient } = renderLogin()
    await user.type(await screen.findByLabelText('Server URL'), SERVER)
    await user.type(screen.getByLabelText('Username'), 'admin')
    await user.type(screen.getByLabelText('Password'), 'netmaker-demo')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument()

    const kept = JSON.stringify(
      queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state.variables),
    )
    expect(kept).not.toContain('netmaker-demo')
  })

  it('signs in with an empty server URL: the console’s own origin', async () => {
    const { user } = renderLogin()
    await user.type(await screen.findByLabelText('Username'), 'admin')
    await user.type(screen.getByLabelText('Password'), 'netmaker-demo')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument()
    expect(sessionStore.get()).toMatchObject({ serverUrl: '', username: 'admin' })
  })

  it('offline: says so at once instead of spinning, and sends nothing', async () => {
    let sent = 0
    server.use(
      http.post('*/api/users/adm/authenticate', () => {
        sent += 1
        return HttpResponse.json({}, { status: 500 })
      }),
    )
    const { user } = renderLogin()
    await user.type(await screen.findByLabelText('Server URL'), SERVER)
    await user.type(screen.getByLabelText('Username'), 'admin')
    await user.type(screen.getByLabelText('Password'), 'netmaker-demo')
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/You are offline/)
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled()
    expect(sent).toBe(0)
  })

  it('429: says how long to wait, from Retry-After, not "a moment"', async () => {
    server.use(
      http.post('*/api/users/adm/authenticate', () =>
        HttpResponse.json(
          { Code: 429, Message: 'too many failed login attempts' },
          { status: 429, headers: { 'Retry-After': '3600' } },
        ),
      ),
    )
    const { user } = renderLogin()
    await user.type(await screen.findByLabelText('Server URL'), SERVER)
    await user.type(screen.getByLabelText('Username'), 'admin')
    await user.type(screen.getByLabelText('Password'), 'wrong')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Wait 60 minutes, then try again.')
  })
})
