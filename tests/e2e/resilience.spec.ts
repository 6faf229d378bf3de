import { DEMO_MASTER_KEY } from './demo'
import { expect, openApp, test } from './fixtures'

test.describe('resilience', () => {
  test('signing out in one tab signs out the other tabs', async ({ context }) => {
    const first = await context.newPage()
    const second = await context.newPage()
    await openApp(first)
    await openApp(second)
    await expect(first.getByRole('table', { name: 'Enrollment keys' })).toBeVisible({ timeout: 20_000 })
    await expect(second.getByRole('table', { name: 'Enrollment keys' })).toBeVisible({ timeout: 20_000 })

    await first.getByRole('button', { name: 'Sign out' }).click()
    await expect(first.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()

    await expect(second.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expect(second.getByText('You have signed out.')).toBeVisible()
    await expect(second.getByRole('table', { name: 'Enrollment keys' })).toHaveCount(0)
  })

  test('the session ends (a 401 in another tab) while Create key is half filled: it comes back after signing in', async ({
    context,
  }) => {
    const first = await context.newPage()
    await openApp(first)
    await first.getByRole('button', { name: 'Create key' }).first().click()
    const dialog = first.getByRole('dialog', { name: 'Create key' })
    await dialog.getByLabel('Name', { exact: true }).fill('half typed key')
    await dialog.getByRole('radio', { name: 'Limited number of uses' }).click()
    await dialog.getByLabel('Number of uses', { exact: true }).fill('12')

    // Another tab's token is refused: the session ends everywhere, as "expired".
    const second = await context.newPage()
    await second.addInitScript(() =>
      sessionStorage.setItem(
        'nm-console.session',
        JSON.stringify({ token: 'no-longer-valid', serverUrl: '', username: 'admin' }),
      ),
    )
    await second.goto('/keys')
    await expect(second.getByText('Your session has expired. Sign in again.')).toBeVisible()
    await expect(first.getByText('Your session has expired. Sign in again.')).toBeVisible()

    await first.getByRole('radio', { name: 'Master key' }).check()
    await first.getByLabel('Server master key', { exact: true }).fill(DEMO_MASTER_KEY)
    await first.getByRole('button', { name: 'Sign in', exact: true }).click()
    const restored = first.getByRole('dialog', { name: 'Create key' })
    await expect(restored.getByText(/Your session ended while you were creating this key/)).toBeVisible()
    await expect(restored.getByLabel('Name', { exact: true })).toHaveValue('half typed key')
    await expect(restored.getByRole('radio', { name: 'Limited number of uses' })).toBeChecked()
    await expect(restored.getByLabel('Number of uses', { exact: true })).toHaveValue('12')
  })

  test('a dialog whose code chunk cannot load (offline) explains itself instead of a white page', async ({
    page,
    keys,
    shot,
    context,
  }) => {
    await openApp(page)
    const table = keys.table
    await expect(table).toBeVisible()
    // The page's own parts that load on demand (paging, the expiring-soon strip) are in before the cut.
    await expect(page.getByText(/of 15 keys/)).toBeVisible()
    await expect(page.getByRole('region', { name: 'Expiring soon' })).toBeVisible()

    // The details dialog's chunk has not been loaded yet; the network drops before it is.
    await context.setOffline(true)
    await table.getByRole('button', { name: 'office-laptops', exact: true }).click()

    const alert = page.getByRole('alert').filter({ hasText: 'You are offline' })
    await expect(alert).toBeVisible()
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
    await expect(alert.getByRole('button', { name: 'Reload page' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible()
    await shot('chunk-offline')

    await alert.getByRole('button', { name: 'Close' }).click()
    await expect(alert).toHaveCount(0)
    await expect(table).toBeVisible()
    await context.setOffline(false)
  })

  test('offline: a banner, and a delete says "you are offline" at once', async ({ page, keys, shot, context }) => {
    await openApp(page)
    const table = keys.table
    await table.getByRole('button', { name: 'office-laptops', exact: true }).click()
    const details = page.getByRole('dialog', { name: 'office-laptops' })
    await details.getByRole('button', { name: /^Delete/ }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Delete key office-laptops?' })
    await expect(confirm).toBeVisible()

    await context.setOffline(true)
    await expect(page.getByText('You are offline.', { exact: true })).toBeVisible()
    // The list stays, and the page says how old it is.
    await expect(page.getByText(/The keys shown are the last ones loaded, at \d{2}:\d{2}\./)).toBeVisible()
    await confirm.getByRole('button', { name: 'Delete key' }).click()
    await expect(confirm.getByText(/You are offline\. Nothing was sent/)).toBeVisible()
    await shot('offline-delete')

    await context.setOffline(false)
    await expect(page.getByText('You are offline.', { exact: true })).toHaveCount(0, { timeout: 15_000 })
    await expect(confirm.getByRole('button', { name: 'Delete key' })).toBeEnabled()
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await details.press('Escape')
    await expect(table.getByRole('button', { name: 'office-laptops', exact: true })).toBeVisible()
  })
})
