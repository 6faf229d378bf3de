import type { Page } from '@playwright/test'

import {
  createServerKey,
  expect,
  keysTable,
  openCreateAtReview,
  rowOf,
  serverDefaultKey,
  serverKeys,
  signInWithMasterKey,
  signInWithPassword,
  test,
  uniqueName,
} from './fixtures'

/**
 * The core journeys through nginx, on the production build, against the real Netmaker server. The
 * fixtures fail any test whose pages raise a Content-Security-Policy violation.
 */

async function chooseAction(page: Page, keyName: string, action: string) {
  const menu = page.getByRole('menu', { name: `Actions for ${keyName}` })
  await expect(async () => {
    if (!(await menu.isVisible())) {
      await rowOf(page, keyName)
        .getByRole('button', { name: `Actions for ${keyName}` })
        .click()
    }
    await expect(menu).toBeVisible({ timeout: 1_000 })
  }).toPass()
  await page.getByRole('menuitem', { name: action, exact: true }).click()
}

/** Create a key through the dialog and close the result; returns the token the result showed. */
async function createKey(
  page: Page,
  details: { name: string; type?: string; uses?: string; isDefault?: boolean },
  network?: string,
) {
  const dialog = await openCreateAtReview(page, details, network)
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const result = page.getByRole('dialog', { name: 'Key created' })
  await expect(result.getByText(`“${details.name}” is ready`)).toBeVisible()
  // The one place the whole token is on screen (the install commands below show it masked).
  const token = (await result.getByText(/^[A-Za-z0-9+/]{20,}=*$/).textContent()) ?? ''
  await result.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  return token
}

test.describe('through nginx, on a real Netmaker server', () => {
  test('master key: the seeded keys, the server version, search, sign out', async ({ page, stack }) => {
    await signInWithMasterKey(page, stack)
    await expect(page).toHaveURL(/\/keys$/)
    for (const name of ['office-laptops', 'ci-runners', 'contractors', 'netmaker', 'iot-network']) {
      await expect(rowOf(page, name)).toBeVisible()
    }
    await expect(page.getByRole('banner')).toContainText(`Netmaker server version: ${stack.version}`)

    await page.getByRole('searchbox', { name: 'Search keys' }).fill('ci-run')
    await expect(rowOf(page, 'ci-runners')).toBeVisible()
    await expect(rowOf(page, 'office-laptops')).toHaveCount(0)
    // The search lives in the URL (a history fallback route), and survives a reload through nginx.
    await expect(page).toHaveURL(/q=ci-run/)
    await page.reload()
    await expect(rowOf(page, 'ci-runners')).toBeVisible()
    await expect(rowOf(page, 'office-laptops')).toHaveCount(0)

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await page.goto('/keys')
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  })

  test('user name and password of the super admin', async ({ page, stack }) => {
    await signInWithPassword(page, stack)
    await expect(page.getByRole('banner')).toContainText(`Signed in as ${stack.admin.username}`)
    await expect(rowOf(page, 'office-laptops')).toBeVisible()
  })

  test('create one key of each type; each is listed as what it is, and the server holds it', async ({
    page,
    stack,
    request,
  }) => {
    test.setTimeout(120_000)
    await signInWithMasterKey(page, stack)
    const unlimited = uniqueName('nginx-unlimited')
    const limited = uniqueName('nginx-limited')
    const timed = uniqueName('nginx-timed')

    const token = await createKey(page, { name: unlimited })
    expect(token).toMatch(/^[A-Za-z0-9+/]+=*$/)
    await expect(rowOf(page, unlimited)).toContainText('Unlimited')
    await createKey(page, { name: limited, type: 'Limited number of uses', uses: '3' })
    await expect(rowOf(page, limited)).toContainText('3 uses left')
    await createKey(page, { name: timed, type: 'Time-bound' })
    await expect(rowOf(page, timed)).toContainText('in 7 days')

    const onServer = await serverKeys(request, stack)
    for (const name of [unlimited, limited, timed]) {
      expect(
        onServer.filter((k) => k.tags[0] === name),
        name,
      ).toHaveLength(1)
    }
    expect(onServer.find((k) => k.tags[0] === unlimited)?.token).toBe(token)
  })

  test('edit, regenerate and delete a key', async ({ page, stack, request }) => {
    test.setTimeout(120_000)
    await signInWithMasterKey(page, stack)
    const name = uniqueName('nginx-actions')
    const oldToken = await createKey(page, { name })

    await chooseAction(page, name, 'Edit')
    const edit = page.getByRole('dialog', { name: `Edit key ${name}` })
    await edit.getByRole('switch', { name: 'Auto-select gateway' }).click()
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await expect(edit).toBeHidden()
    await expect(page.getByRole('status').filter({ hasText: `Saved key ${name}` })).toBeVisible()

    await chooseAction(page, name, 'Regenerate token')
    await page
      .getByRole('dialog', { name: `Regenerate the token of ${name}?` })
      .getByRole('button', { name: 'Regenerate token' })
      .click()
    const result = page.getByRole('dialog', { name: `New token for ${name}` })
    const tokenField = result.getByRole('textbox', { name: 'Token' })
    await expect(tokenField).not.toHaveValue('')
    await expect(tokenField).not.toHaveValue(oldToken)
    const newToken = await tokenField.inputValue()
    await result.getByRole('button', { name: 'Done' }).click()
    expect((await serverKeys(request, stack)).find((k) => k.tags[0] === name)?.token).toBe(newToken)

    await chooseAction(page, name, 'Delete')
    await page
      .getByRole('alertdialog', { name: `Delete key ${name}?` })
      .getByRole('button', { name: 'Delete key' })
      .click()
    await expect(page.getByRole('status').filter({ hasText: `Deleted key ${name}` })).toBeVisible()
    await expect(rowOf(page, name)).toHaveCount(0)
    expect((await serverKeys(request, stack)).some((k) => k.tags[0] === name)).toBe(false)
    await page.reload()
    await expect(keysTable(page)).toBeVisible()
    await expect(rowOf(page, 'office-laptops')).toBeVisible()
    await expect(rowOf(page, name)).toHaveCount(0)
  })

  test('default at create, then another key made the default; expired keys cleaned up in bulk', async ({
    page,
    stack,
    request,
  }) => {
    test.setTimeout(120_000)
    // Two keys that stop working a few seconds from now, made through the server's API.
    const expiring = [uniqueName('nginx-expiring-a'), uniqueName('nginx-expiring-b')]
    for (const name of expiring) {
      await createServerKey(request, stack, { name, networks: ['iot-network'], expiresInSeconds: 3 })
    }

    await signInWithMasterKey(page, stack)
    await expect(rowOf(page, 'iot-network').getByText('Default', { exact: true })).toBeVisible()

    // Default at create: the network's old default loses its badge, here and on the server.
    const name = uniqueName('nginx-default')
    await createKey(page, { name, isDefault: true }, 'iot-network')
    await expect(rowOf(page, name).getByText('Default', { exact: true })).toBeVisible()
    await expect(rowOf(page, 'iot-network').getByText('Default', { exact: true })).toHaveCount(0)
    expect((await serverDefaultKey(request, stack, 'iot-network')).tags[0]).toBe(name)

    // Set as default on an existing key (v1.6 honours `default` on update): the default moves back.
    await chooseAction(page, 'iot-network', 'Set as default')
    const confirm = page.getByRole('alertdialog', { name: 'Make iot-network the default key?' })
    await expect(confirm).toContainText(`${name} stops being the default for iot-network`)
    await confirm.getByRole('button', { name: 'Make default' }).click()
    await expect(confirm).toBeHidden()
    await expect(rowOf(page, 'iot-network').getByText('Default', { exact: true })).toBeVisible()
    await expect(rowOf(page, name).getByText('Default', { exact: true })).toHaveCount(0)
    expect((await serverDefaultKey(request, stack, 'iot-network')).tags[0]).toBe('iot-network')

    // Bulk clean-up: once the two keys have expired, one click selects them and one confirm deletes them.
    // eslint-disable-next-line playwright/no-wait-for-timeout -- the keys expire on the real server's clock
    await page.waitForTimeout(3_500)
    await page.reload()
    await page.getByRole('button', { name: 'Select expired and used-up keys' }).click()
    for (const expired of expiring) {
      await expect(rowOf(page, expired).getByRole('checkbox', { name: `Select ${expired}` })).toBeChecked()
    }
    await expect(rowOf(page, name).getByRole('checkbox', { name: `Select ${name}` })).not.toBeChecked()
    await page.getByRole('button', { name: /^Delete \d+ keys$/ }).click()
    const bulk = page.getByRole('alertdialog', { name: /^Delete \d+ keys\?$/ })
    await bulk.getByRole('button', { name: /^Delete \d+ keys$/ }).click()
    await expect(bulk).toBeHidden()
    for (const expired of expiring) await expect(rowOf(page, expired)).toHaveCount(0)
    const left = (await serverKeys(request, stack)).map((k) => k.tags[0])
    for (const expired of expiring) expect(left).not.toContain(expired)
    expect(left).toContain(name)
  })
})
