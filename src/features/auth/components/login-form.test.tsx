import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { AppRoutes } from '@/app/routes'
import { DEMO_MASTER_KEY } from '@/lib/demo'
import { sessionStore } from '@/lib/session'
import { server } from '@/mocks/node'
import { renderWithProviders } from '@/test/render'

const SERVER = 'https://nm.example.com'
const STORAGE_KEY = 'nm-console.session'

function renderLogin(path = '/login') {
  return renderWithProviders(<AppRoutes />, { path, signedIn: false })
}

function storedSession(storage: Storage) {
  const raw = storage.getItem(STORAGE_KEY)
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : null
}

describe('LoginPage', () => {
  it('signs in with username and password and returns to the page asked for', async () => {
    const { user, location } = renderLogin('/login?next=%2Fkeys%3Fq%3Doffice')

    await user.type(await screen.findByLabelText('Server URL'), `${SERVER}/`)
    await user.type(screen.getByLabelText('Username'), 'admin')
    await user.type(screen.getByLabelText('Password'), 'netmaker-demo')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument()
    expect(screen.getByText('admin', { selector: 'span' })).toBeInTheDocument()
    expect(location.history.at(-1)).toBe('/keys?q=office')
    expect(sessionStore.get()).toMatchObject({ serverUrl: SERVER, username: 'admin' })
    // Not remembered: the session lives in sessionStorage only.
    expect(storedSession(sessionStorage)).toMatchObject({ serverUrl: SERVER, username: 'admin' })
    expect(storedSession(localStorage)).toBeNull()
  })

  it('signs in with the master key and keeps the session when asked to', async () => {
    const { user, location } = renderLogin()

    await user.type(await screen.findByLabelText('Server URL'), SERVER)
    await user.click(screen.getByRole('radio', { name: 'Master key' }))
    await user.type(screen.getByLabelText('Server master key'), DEMO_MASTER_KEY)
    await user.click(screen.getByRole('checkbox', { name: 'Keep me signed in' }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument()
    expect(screen.getByText('Master key', { selector: 'span' })).toBeInTheDocument()
    expect(location.history.at(-1)).toBe('/keys')
    expect(storedSession(localStorage)).toEqual({ token: DEMO_MASTER_KEY, serverUrl: SERVER, username: null })
    expect(storedSession(sessionStorage)).toBeNull()
  })

  it('says the password was wrong and keeps what was typed', async () => {
    const { user } = renderLogin()

    await user.type(await screen.findByLabelText('Server URL'), SERVER)
    await user.type(screen.getByLabelText('Username'), 'admin')
    await user.type(screen.getByLabelText('Password'), 'not-the-password')
    await user.click(screen.getByRole('checkbox', { name: 'Keep me signed in' }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password')
    expect(screen.getByLabelText('Server URL')).toHaveValue(SERVER)
    expect(screen.getByLabelText('Username')).toHaveValue('admin')
    expect(screen.getByLabelText('Password')).toHaveValue('not-the-password')
    expect(screen.getByRole('checkbox', { name: 'Keep me signed in' })).toBeChecked()
    expect(sessionStore.get()).toBeNull()
  })

  it('says an unknown user (401) the same way', async () => {
    const { user } = renderLogin()
    await user.type(await screen.findByLabelText('Server URL'), SERVER)
    await user.type(screen.getByLabelText('Username'), 'nobody')
    await user.type(screen.getByLabelText('Password'), 'whatever')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password')
  })

  it('says the master key was not accepted', async () => {
    const { user } = renderLogin()
    await user.type(await screen.findByLabelText('Server URL'), SERVER)
    await user.click(screen.getByRole('radio', { name: 'Master key' }))
    await user.type(screen.getByLabelText('Server master key'), 'wrong-key')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('That master key was not accepted')
    expect(screen.getByLabelText('Server master key')).toHaveValue('wrong-key')
  })

  it('names the server it could not reach and keeps what was typed', async () => {
    server.use(http.post('*/api/users/adm/authenticate', () => HttpResponse.error()))
    const { user } = renderLogin()

    await user.type(await screen.findByLabelText('Server URL'), SERVER)
    await user.type(screen.getByLabelText('Username'), 'admin')
    await user.type(screen.getByLabelText('Password'), 'netmaker-demo')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(`Could not reach the server at ${SERVER}`)
    expect(screen.getByLabelText('Username')).toHaveValue('admin')
    expect(screen.getByLabelText('Password')).toHaveValue('netmaker-demo')
  })

  it('disables the button and shows progress while signing in', async () => {
    server.use(
      http.post('*/api/users/adm/authenticate', async () => {
        await delay(150)
        return HttpResponse.json({ Code: 400, Message: 'incorrect credentials', Response: null }, { status: 400 })
      }),
    )
    const { user } = renderLogin()
    await user.type(await screen.findByLabelText('Server URL'), SERVER)
    await user.type(screen.getByLabelText('Username'), 'admin')
    await user.type(screen.getByLabelText('Password'), 'x')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled()
    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password')
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled()
  })

  it('checks the fields before sending anything', async () => {
    let requests = 0
    server.use(
      http.post('*/api/users/adm/authenticate', () => {
        requests += 1
        return HttpResponse.json({}, { status: 500 })
      }),
    )
    const { user } = renderLogin()
    await user.click(await screen.findByRole('button', { name: 'Sign in' }))

    // An empty server URL is allowed: it means the console's own origin (as the README says).
    const url = screen.getByLabelText('Server URL')
    expect(url).not.toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Enter your username')
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password')
    expect(screen.getByLabelText('Username')).toHaveFocus()

    await user.type(url, 'nm.example.com')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(url).toHaveAccessibleDescription(/Start the URL with https:\/\//)

    await user.clear(url)
    await user.type(url, 'https://')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(url).toHaveAccessibleDescription(/Enter a valid URL/)

    await user.click(screen.getByRole('radio', { name: 'Master key' }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(screen.getByLabelText('Server master key')).toHaveAccessibleDescription('Enter the master key')
    expect(screen.getByLabelText('Server master key')).toHaveAttribute('aria-invalid', 'true')
    expect(requests).toBe(0)
  })

  it('keeps what was typed for one method when switching to the other and back', async () => {
    const { user } = renderLogin()
    await user.type(await screen.findByLabelText('Username'), 'admin')
    await user.click(screen.getByRole('radio', { name: 'Master key' }))
    expect(screen.queryByLabelText('Username')).not.toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Username & password' }))
    expect(screen.getByLabelText('Username')).toHaveValue('admin')
  })

  it('shows and hides the password', async () => {
    const { user } = renderLogin()
    const password = await screen.findByLabelText('Password')
    expect(password).toHaveAttribute('type', 'password')
    await user.click(screen.getByRole('button', { name: 'Show password' }))
    expect(password).toHaveAttribute('type', 'text')
    await user.click(screen.getByRole('button', { name: 'Hide password' }))
    expect(password).toHaveAttribute('type', 'password')
  })

  it('is titled and has one main landmark', async () => {
    renderLogin()
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    expect(document.title).toBe('Sign in · Netmaker Console')
    expect(within(screen.getByRole('main')).getByRole('button', { name: 'Sign in' })).toBeInTheDocument()
  })
})

describe('after signing in', () => {
  it('does not show the sign-in page to a signed-in user', async () => {
    const { location } = renderWithProviders(<AppRoutes />, { path: '/login' })
    await waitFor(() => expect(location.history.at(-1)).toBe('/keys'))
  })
})
