import type { Locator, Page } from '@playwright/test'

import { DEMO_AUTHORIZATION, DEMO_MASTER_KEY } from './demo'
import { expect, expectNoAxeViolations, openApp, test } from './fixtures'

const SESSION_KEY = 'nm-console.session'

function signInButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Sign in', exact: true })
}

async function signInWithPassword(page: Page, username: string, password: string) {
  await page.getByLabel('Username', { exact: true }).fill(username)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await signInButton(page).click()
}

async function signInWithMasterKey(page: Page, key: string) {
  await page.getByRole('radio', { name: 'Master key' }).check()
  await page.getByLabel('Server master key', { exact: true }).fill(key)
  await signInButton(page).click()
}

test.describe('signing in and out', () => {
  test('username and password: land on Keys, see the keys, sign out', async ({ page, keys }) => {
    await openApp(page, { signedOut: true })
    await expect(page).toHaveURL(/\/login\?next=%2Fkeys$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expect(page).toHaveTitle('Sign in · Netmaker Console')
    // Demo builds talk to the mock on this origin: no server URL to type, the credentials are shown.
    await expect(page.getByLabel('Server URL')).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Demo mode' })).toContainText('netmaker-demo')

    await signInWithPassword(page, 'admin', 'netmaker-demo')

    await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible()
    await expect(page).toHaveURL(/\/keys$/)
    // The demo has two keys that stop working within 7 days: the title counts them.
    await expect(page).toHaveTitle('Keys (2 expiring soon) · Netmaker Console')
    await expect(keys.row('office-laptops')).toBeVisible()
    await expect(keys.row('staging-ci')).toBeVisible()
    const header = page.getByRole('banner')
    await expect(header).toContainText('Signed in as admin')
    await expect(header).toContainText('Netmaker server version: v1.8.0')
    await expect(header.getByRole('link', { name: 'Keys' })).toHaveAttribute('aria-current', 'page')

    await header.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'You have signed out.' })).toBeVisible()
    await expect(page).toHaveURL(/\/login$/)
    expect(await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toBeNull()

    // Signed out for real: the Keys page asks to sign in again.
    await page.goto('/keys')
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  })

  test('master key, kept across browser restarts when asked', async ({ page }) => {
    await openApp(page, { signedOut: true })
    await page.getByRole('checkbox', { name: 'Keep me signed in' }).check()
    await signInWithMasterKey(page, DEMO_MASTER_KEY)

    await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible()
    await expect(page.getByRole('banner')).toContainText('Signed in as Master key')
    const stored = await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)
    expect(JSON.parse(stored ?? 'null')).toEqual({ token: DEMO_MASTER_KEY, serverUrl: '', username: null })
  })

  test('the demo credentials can be filled in with one click', async ({ page }) => {
    await openApp(page, { signedOut: true })
    await page.getByRole('button', { name: 'Fill in demo credentials' }).click()
    await expect(page.getByLabel('Username', { exact: true })).toHaveValue('admin')
    await signInButton(page).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible()
  })

  test('a wrong password says so and keeps what was typed', async ({ page }) => {
    await openApp(page, { signedOut: true })
    await signInWithPassword(page, 'admin', 'wrong-password')

    await expect(page.getByRole('alert')).toHaveText('Incorrect username or password')
    await expect(page.getByLabel('Username', { exact: true })).toHaveValue('admin')
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('wrong-password')
    await expect(page).toHaveURL(/\/login/)

    await signInWithMasterKey(page, 'not-the-key')
    await expect(page.getByRole('alert')).toHaveText('That master key was not accepted')
  })

  test('empty fields are named before anything is sent', async ({ page }) => {
    await openApp(page, { signedOut: true })
    await signInButton(page).click()
    const username = page.getByLabel('Username', { exact: true })
    await expect(username).toHaveAttribute('aria-invalid', 'true')
    await expect(username).toHaveAccessibleDescription('Enter your username')
    await expect(username).toBeFocused()
  })

  test('a rejected token (401) ends the session with "expired" and returns after signing in', async ({
    page,
    keys,
  }) => {
    await openApp(page, { path: '/keys?q=office' })
    await expect(keys.row('office-laptops')).toBeVisible()

    // The server no longer accepts the stored token.
    await page.evaluate(
      (key) => sessionStorage.setItem(key, JSON.stringify({ token: 'tampered', serverUrl: '', username: 'admin' })),
      SESSION_KEY,
    )
    await page.reload()

    await expect(page.getByRole('status').filter({ hasText: 'Your session has expired. Sign in again.' })).toBeVisible()
    await expect(page).toHaveURL(/\/login\?next=%2Fkeys%3Fq%3Doffice$/)

    await signInWithPassword(page, 'admin', 'netmaker-demo')
    await expect(page).toHaveURL(/\/keys\?q=office$/)
    await expect(keys.row('office-laptops')).toBeVisible()
  })
})

test.describe('the shell', () => {
  test('the theme control switches between light, dark and the system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await openApp(page)
    const html = page.locator('html')
    const theme = page.getByRole('group', { name: 'Theme' })
    await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked()
    await expect(html).not.toHaveClass(/dark/)

    // Keyboard: Tab into the group, arrows move the choice.
    await theme.getByRole('radio', { name: 'System' }).focus()
    await page.keyboard.press('ArrowLeft')
    await expect(theme.getByRole('radio', { name: 'Dark' })).toBeChecked()
    await expect(html).toHaveClass(/dark/)

    await page.reload()
    await expect(html).toHaveClass(/dark/)
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check()
    await expect(html).not.toHaveClass(/dark/)

    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'System' }).check()
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(html).toHaveClass(/dark/)
  })

  test('the header names the server version it talks to', async ({ page }) => {
    await openApp(page, { scenario: ['v1.5'] })
    await expect(page.getByRole('banner')).toContainText('Netmaker server version: v1.5.1')
  })

  test('skip link jumps to the content', async ({ page }) => {
    await openApp(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()
  })

  test('unknown addresses show a 404 page inside the shell', async ({ page }) => {
    await openApp(page, { path: '/no-such-page' })
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page).toHaveTitle('Page not found · Netmaker Console')
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Go to Keys' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible()
  })

  test('reset demo data asks first, then restores the sample data', async ({ page, keys }) => {
    await openApp(page)
    await expect(keys.row('staging-ci')).toBeVisible()

    // Change the data behind the page's back: delete a key on the mock server.
    await page.evaluate(async (authorization) => {
      const headers = { Authorization: authorization }
      const keys = (await (await fetch('/api/v1/enrollment-keys', { headers })).json()) as {
        tags: string[]
        value: string
      }[]
      const key = keys.find((k) => k.tags[0] === 'staging-ci')
      if (key) await fetch(`/api/v1/enrollment-keys/${key.value}`, { method: 'DELETE', headers })
    }, DEMO_AUTHORIZATION)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible()
    await expect(keys.row('office-laptops')).toBeVisible()
    await expect(keys.row('staging-ci')).toHaveCount(0)

    await page.getByRole('button', { name: 'Reset demo data' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Reset demo data?' })
    await expect(dialog).toBeVisible()
    await expectNoAxeViolations(page, '[role="alertdialog"]')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(keys.row('staging-ci')).toHaveCount(0)

    await page.getByRole('button', { name: 'Reset demo data' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Reset demo data' }).click()
    await expect(keys.row('staging-ci')).toBeVisible()
    // Still signed in after the reload.
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible()
  })
})

test.describe('accessibility', () => {
  test('the sign-in page has no axe violations, in light and dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await openApp(page, { signedOut: true })
    await expect(signInButton(page)).toBeVisible()
    await expectNoAxeViolations(page)

    await signInWithPassword(page, 'admin', 'wrong')
    await expect(page.getByRole('alert')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check()
    await page.getByRole('radio', { name: 'Master key' }).check()
    await expectNoAxeViolations(page)
  })

  test('the shell has no axe violations, in light and dark', async ({ page, keys }) => {
    await openApp(page)
    await expect(keys.row('office-laptops')).toBeVisible()
    await expectNoAxeViolations(page, 'header')
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check()
    await expectNoAxeViolations(page, 'header')
  })
})
