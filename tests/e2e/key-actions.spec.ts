import type { Locator, Page } from '@playwright/test'
import { DEMO_AUTHORIZATION } from './demo'
import { expect, expectNoAxeViolations, openApp, test } from './fixtures'

/** The key list's table and a key's row (by the name button in it). */
function table(page: Page): Locator {
  return page.getByRole('table', { name: 'Enrollment keys' })
}

function row(page: Page, name: string): Locator {
  return table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name, exact: true }) })
}

/** A key's row while a modal dialog hides the page from the accessibility tree. */
function rowBehindDialog(page: Page, name: string): Locator {
  return page
    .getByRole('table', { name: 'Enrollment keys', includeHidden: true })
    .getByRole('row', { includeHidden: true })
    .filter({ has: page.getByRole('button', { name, exact: true, includeHidden: true }) })
}

/** The bulk bar's "N selected". */
function selectedCount(page: Page, text: string): Locator {
  return page.getByRole('region', { name: 'Selected keys' }).getByText(text, { exact: true })
}

/** Open a key's "Actions for <name>" menu (again, if a re-render of the row closed it meanwhile). */
async function openMenu(page: Page, keyName: string) {
  const trigger = row(page, keyName).getByRole('button', { name: `Actions for ${keyName}` })
  const menu = page.getByRole('menu', { name: `Actions for ${keyName}` })
  await expect(async () => {
    if (!(await menu.isVisible())) await trigger.click()
    await expect(menu).toBeVisible({ timeout: 1_000 })
  }).toPass()
}

async function chooseAction(page: Page, keyName: string, action: string) {
  await openMenu(page, keyName)
  await page.getByRole('menuitem', { name: action, exact: true }).click()
}

async function openDetails(page: Page, keyName: string): Promise<Locator> {
  await chooseAction(page, keyName, 'View details')
  const details = page.getByRole('dialog', { name: keyName })
  await expect(details).toBeVisible()
  return details
}

/** The key's token, straight from the (mock) server's list. */
async function tokenOf(page: Page, keyName: string): Promise<string> {
  return page.evaluate(
    async ({ name, authorization }) => {
      // The flaky scenario fails a request now and then, never twice in a row.
      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await fetch('/api/v1/enrollment-keys', { headers: { Authorization: authorization } })
        if (!response.ok) continue
        const keys = (await response.json()) as { tags: string[]; token: string }[]
        return keys.find((k) => k.tags[0] === name)?.token ?? ''
      }
      return ''
    },
    { name: keyName, authorization: DEMO_AUTHORIZATION },
  )
}

/** Register a host with a token (what `netclient join -t <token>` does): the HTTP status. */
async function registerWith(page: Page, token: string): Promise<number> {
  return page.evaluate(async (t) => {
    // A netclient sends its host (a real server answers a body that is not one with a 500).
    const response = await fetch('/api/v1/host/register/' + t, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: crypto.randomUUID(), name: 'e2e-host', os: 'linux' }),
    })
    return response.status
  }, token)
}

async function openKeys(page: Page, scenario?: string[]) {
  await openApp(page, { scenario })
  await expect(row(page, 'office-laptops')).toBeVisible()
}

test.describe('key actions', () => {
  test('edit the gateway and tags of a key, and see them in the list and the details', async ({ page }) => {
    await openKeys(page)
    await chooseAction(page, 'office-laptops', 'Edit')
    const dialog = page.getByRole('dialog', { name: 'Edit key office-laptops' })
    await expect(dialog).toBeVisible()
    const save = dialog.getByRole('button', { name: 'Save changes' })
    await expect(save).toBeDisabled()
    await expectNoAxeViolations(page, '[role="dialog"]')

    // Choosing a gateway turns auto-select off.
    await dialog.getByRole('switch', { name: 'Auto-select gateway' }).click()
    await expect(dialog.getByRole('radio', { name: 'No gateway' })).toBeChecked()
    await dialog.getByRole('radio', { name: 'relay-fra-01 (private-mesh)' }).click()
    await expect(dialog.getByRole('switch', { name: 'Auto-select gateway' })).not.toBeChecked()
    // Only gateways of the key's network are offered.
    await expect(dialog.getByRole('radio', { name: 'relay-nyc-02 (zero-path)' })).toHaveCount(0)
    await dialog.getByRole('checkbox', { name: 'db' }).check()
    await expect(dialog.getByRole('checkbox', { name: 'web' })).toBeChecked()
    await expect(save).toBeEnabled()
    await save.click()

    await expect(dialog).toBeHidden()
    await expect(page.getByRole('status').filter({ hasText: 'Saved key office-laptops' })).toBeVisible()
    // Focus goes back to the menu button the action came from.
    await expect(row(page, 'office-laptops').getByRole('button', { name: 'Actions for office-laptops' })).toBeFocused()
    const officeRow = row(page, 'office-laptops')
    await expect(officeRow).toContainText('relay-fra-01')
    await expect(officeRow).toContainText('db')

    const details = await openDetails(page, 'office-laptops')
    await expect(details).toContainText('relay-fra-01 (private-mesh)')
    await expect(details).toContainText('db')
    await expect(details).toContainText('web')
  })

  test('clear the gateway of a key', async ({ page }) => {
    await openKeys(page)
    await expect(row(page, 'staging-ci')).toContainText('relay-fra-01')
    await chooseAction(page, 'staging-ci', 'Edit')
    const dialog = page.getByRole('dialog', { name: 'Edit key staging-ci' })
    await expect(dialog.getByRole('radio', { name: 'relay-fra-01 (netmaker)' })).toBeChecked()
    await dialog.getByRole('radio', { name: 'No gateway' }).click()
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await expect(dialog).toBeHidden()
    await expect(row(page, 'staging-ci').getByLabel('No gateway')).toBeVisible()
    // The tags were sent along and kept.
    await expect(row(page, 'staging-ci')).toContainText('ci')
    await page.reload()
    await expect(row(page, 'staging-ci').getByLabel('No gateway')).toBeVisible()
  })

  test('edit a default key: it stays the default', async ({ page }) => {
    await openKeys(page)
    await chooseAction(page, 'private-mesh', 'Edit')
    const dialog = page.getByRole('dialog', { name: 'Edit key private-mesh' })
    await dialog.getByRole('checkbox', { name: 'web' }).check()
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await expect(dialog).toBeHidden()
    const meshRow = row(page, 'private-mesh')
    await expect(meshRow).toContainText('web')
    await expect(meshRow.getByText('Default', { exact: true })).toBeVisible()
    await page.reload()
    await expect(row(page, 'private-mesh').getByText('Default', { exact: true })).toBeVisible()
    await expect(row(page, 'private-mesh')).toContainText('web')
  })

  test('set a key as the default: the old default loses its badge', async ({ page }) => {
    await openKeys(page)
    await expect(row(page, 'private-mesh').getByText('Default', { exact: true })).toBeVisible()
    await chooseAction(page, 'multi-site-web', 'Set as default')
    const dialog = page.getByRole('alertdialog', { name: 'Make multi-site-web the default key?' })
    await expect(dialog).toContainText('multi-site-web becomes the default key for private-mesh and zero-path')
    await expect(dialog).toContainText('private-mesh stops being the default for private-mesh')
    await expect(dialog).toContainText('zero-path stops being the default for zero-path')
    await expectNoAxeViolations(page, '[role="alertdialog"]')
    await dialog.getByRole('button', { name: 'Make default' }).click()
    await expect(dialog).toBeHidden()

    await expect(row(page, 'multi-site-web').getByText('Default', { exact: true })).toBeVisible()
    await expect(row(page, 'private-mesh').getByText('Default', { exact: true })).toHaveCount(0)
    await expect(row(page, 'zero-path').getByText('Default', { exact: true })).toHaveCount(0)
    await expect(row(page, 'iot-network').getByText('Default', { exact: true })).toBeVisible()
  })

  test('regenerate a token: the new one differs and the old one no longer registers', async ({ page }) => {
    await openKeys(page)
    const oldToken = await tokenOf(page, 'weekend-event')
    expect(oldToken).not.toBe('')

    // From the details view, which follows the key to its new id.
    const details = await openDetails(page, 'weekend-event')
    await details.getByRole('button', { name: 'Regenerate token' }).click()
    const dialog = page.getByRole('dialog', { name: 'Regenerate the token of weekend-event?' })
    await expect(dialog).toContainText('Devices using the old token can no longer enrol with it')
    await expect(dialog).toContainText('Devices that already joined are unaffected')
    await expectNoAxeViolations(page, '[role="dialog"][data-state="open"]:last-of-type')
    await dialog.getByRole('button', { name: 'Regenerate token' }).click()

    const result = page.getByRole('dialog', { name: 'New token for weekend-event' })
    await expect(result).toBeVisible()
    const newToken = await result.getByRole('textbox', { name: 'Token' }).inputValue()
    expect(newToken).not.toBe('')
    expect(newToken).not.toBe(oldToken)
    await expect(result.getByRole('button', { name: 'Copy token' })).toBeVisible()
    await expect(result.getByRole('button', { name: 'Copy join command' })).toBeVisible()
    await expect(result.getByRole('button', { name: 'Wait for a device' })).toBeVisible()
    await expectNoAxeViolations(page, '[role="dialog"][data-state="open"]:last-of-type')
    await result.getByRole('button', { name: 'Done' }).click()

    // The details view still shows the key, now with its new token.
    await expect(details).toBeVisible()
    await details.getByRole('button', { name: 'Reveal token' }).click()
    await expect(details).toContainText(newToken)
    await page.keyboard.press('Escape')
    await expect(row(page, 'weekend-event')).toBeVisible()

    expect(await tokenOf(page, 'weekend-event')).toBe(newToken)
    expect(await registerWith(page, oldToken)).toBe(400)
    expect(await registerWith(page, newToken)).toBe(200)
  })

  test('delete a key', async ({ page }) => {
    await openKeys(page)
    await chooseAction(page, 'single-use-kiosk', 'Delete')
    const dialog = page.getByRole('alertdialog', { name: 'Delete key single-use-kiosk?' })
    await expect(dialog).toContainText('Devices can no longer enrol with this key')
    await expectNoAxeViolations(page, '[role="alertdialog"]')
    await dialog.getByRole('button', { name: 'Delete key' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('status').filter({ hasText: 'Deleted key single-use-kiosk' })).toBeVisible()
    await expect(row(page, 'single-use-kiosk')).toHaveCount(0)
    await page.reload()
    await expect(row(page, 'office-laptops')).toBeVisible()
    await expect(row(page, 'single-use-kiosk')).toHaveCount(0)
  })

  test('a default key cannot be deleted, and says why', async ({ page }) => {
    await openKeys(page)
    const reason = "Default keys can't be deleted. Make another key the default first."
    await openMenu(page, 'netmaker')
    const item = page.getByRole('menuitem', { name: 'Delete', exact: true })
    await expect(item).toHaveAttribute('aria-disabled', 'true')
    await expect(item).toHaveAccessibleDescription(reason)
    // Unavailable but focusable: choosing it explains why.
    await item.press('Enter')
    const dialog = page.getByRole('alertdialog', { name: "Can't delete netmaker" })
    await expect(dialog).toContainText(reason)
    await expect(dialog.getByRole('button', { name: /Delete/ })).toHaveCount(0)
    await expectNoAxeViolations(page, '[role="alertdialog"]')
    await page.keyboard.press('Escape')
    await expect(row(page, 'netmaker').getByRole('button', { name: 'Actions for netmaker' })).toBeFocused()

    // The same from the details view.
    const details = await openDetails(page, 'netmaker')
    const button = details.getByRole('button', { name: 'Delete', exact: true })
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    await expect(button).toHaveAccessibleDescription(reason)
    await expect(details).toContainText(reason)
  })

  test('bulk delete the expired and used-up keys', async ({ page }) => {
    await openKeys(page)
    await page.getByRole('button', { name: 'Select expired and used-up keys' }).click()
    await expect(selectedCount(page, '2 selected')).toBeVisible()
    await expect(row(page, 'contractor-march').getByRole('checkbox', { name: 'Select contractor-march' })).toBeChecked()
    await expect(row(page, 'ci-runners-used').getByRole('checkbox', { name: 'Select ci-runners-used' })).toBeChecked()
    await expect(row(page, 'legacy-fallback').getByRole('checkbox')).not.toBeChecked()

    await page.getByRole('button', { name: 'Delete 2 keys' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Delete 2 keys?' })
    const list = dialog.getByRole('list', { name: 'Keys to delete' })
    await expect(list.getByRole('listitem')).toHaveText(['contractor-march', 'ci-runners-used'], { useInnerText: true })
    await expectNoAxeViolations(page, '[role="alertdialog"]')
    await dialog.getByRole('button', { name: 'Delete 2 keys' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('status').filter({ hasText: 'Deleted 2 keys' })).toBeVisible()
    await expect(row(page, 'contractor-march')).toHaveCount(0)
    await expect(row(page, 'ci-runners-used')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Select expired and used-up keys' })).toHaveCount(0)

    // Selection by hand, then Clear selection.
    await row(page, 'office-laptops').getByRole('checkbox').check()
    await expect(selectedCount(page, '1 selected')).toBeVisible()
    await page.getByRole('button', { name: 'Clear selection' }).click()
    await expect(row(page, 'office-laptops').getByRole('checkbox')).not.toBeChecked()
  })
})

test.describe('key actions on a v1.5 server', () => {
  test('editing and deleting work; set as default and regenerate say the server cannot', async ({ page }) => {
    await openKeys(page, ['v1.5'])

    await chooseAction(page, 'office-laptops', 'Edit')
    const edit = page.getByRole('dialog', { name: 'Edit key office-laptops' })
    await edit.getByRole('radio', { name: 'relay-fra-01 (private-mesh)' }).click()
    await edit.getByRole('button', { name: 'Save changes' }).click()
    await expect(edit).toBeHidden()
    await expect(row(page, 'office-laptops')).toContainText('relay-fra-01')

    await openMenu(page, 'multi-site-web')
    const setDefault = page.getByRole('menuitem', { name: 'Set as default' })
    await expect(setDefault).toHaveAccessibleDescription(
      'This Netmaker server does not support changing the default key',
    )
    await setDefault.press('Enter')
    const cannotDefault = page.getByRole('alertdialog', { name: "Can't make multi-site-web the default key" })
    await expect(cannotDefault).toContainText('This Netmaker server does not support changing the default key')
    await expectNoAxeViolations(page, '[role="alertdialog"]')
    await cannotDefault.getByRole('button', { name: 'Close' }).click()
    await expect(row(page, 'multi-site-web').getByText('Default', { exact: true })).toHaveCount(0)
    await expect(row(page, 'private-mesh').getByText('Default', { exact: true })).toBeVisible()

    const oldToken = await tokenOf(page, 'weekend-event')
    await openMenu(page, 'weekend-event')
    const regenerate = page.getByRole('menuitem', { name: 'Regenerate token' })
    await expect(regenerate).toHaveAccessibleDescription('This Netmaker server does not support regenerating tokens')
    await regenerate.press('Enter')
    const cannotRegenerate = page.getByRole('dialog', { name: "Can't regenerate the token of weekend-event" })
    await expect(cannotRegenerate).toContainText('This Netmaker server does not support regenerating tokens')
    await expectNoAxeViolations(page, '[role="dialog"]')
    await cannotRegenerate.getByRole('button', { name: 'Close' }).click()
    expect(await tokenOf(page, 'weekend-event')).toBe(oldToken)

    await chooseAction(page, 'single-use-kiosk', 'Delete')
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete key' }).click()
    await expect(row(page, 'single-use-kiosk')).toHaveCount(0)
  })

  test('a default key explains a way out this server offers', async ({ page }) => {
    await openKeys(page, ['v1.5'])
    await openMenu(page, 'netmaker')
    const deleteDefault = page.getByRole('menuitem', { name: 'Delete', exact: true })
    await expect(deleteDefault).toHaveAccessibleDescription(/deleted with the network/)
    await expect(deleteDefault).not.toHaveAccessibleDescription(/Make another key the default/)
    await deleteDefault.press('Enter')
    const dialog = page.getByRole('alertdialog', { name: "Can't delete netmaker" })
    await expect(dialog).toContainText('deleted with the network')
  })
})

test.describe('key actions on a flaky server', () => {
  // The flaky scenario fails every other request to a route, starting with the second; a retry succeeds.
  test('a refused edit rolls back, keeps the choices and can be retried', async ({ page }) => {
    await openKeys(page, ['flaky'])

    await chooseAction(page, 'office-laptops', 'Edit')
    let dialog = page.getByRole('dialog', { name: 'Edit key office-laptops' })
    await dialog.getByRole('checkbox', { name: 'db' }).check()
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await expect(dialog).toBeHidden()
    await expect(row(page, 'office-laptops')).toContainText('db')

    await chooseAction(page, 'staging-ci', 'Edit')
    dialog = page.getByRole('dialog', { name: 'Edit key staging-ci' })
    await dialog.getByRole('radio', { name: 'No gateway' }).click()
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await expect(dialog.getByRole('alert')).toContainText('could not complete the request: database is locked')
    // Rolled back in the list, the choice kept in the dialog.
    await expect(rowBehindDialog(page, 'staging-ci')).toContainText('relay-fra-01')
    await expect(dialog.getByRole('radio', { name: 'No gateway' })).toBeChecked()
    await expectNoAxeViolations(page, '[role="dialog"]')
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await expect(dialog).toBeHidden()
    await expect(row(page, 'staging-ci').getByLabel('No gateway')).toBeVisible()
  })

  test('a refused delete brings the key back and says why', async ({ page }) => {
    await openKeys(page, ['flaky'])
    await chooseAction(page, 'single-use-kiosk', 'Delete')
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete key' }).click()
    await expect(row(page, 'single-use-kiosk')).toHaveCount(0)

    await chooseAction(page, 'weekend-event', 'Delete')
    const dialog = page.getByRole('alertdialog', { name: 'Delete key weekend-event?' })
    await dialog.getByRole('button', { name: 'Delete key' }).click()
    await expect(dialog.getByRole('alert')).toContainText('could not complete the request: database is locked')
    await expect(rowBehindDialog(page, 'weekend-event')).toBeVisible()
    await dialog.getByRole('button', { name: 'Delete key' }).click()
    await expect(dialog).toBeHidden()
    await expect(row(page, 'weekend-event')).toHaveCount(0)
  })

  test('a failed regenerate keeps the old token; a failed bulk delete names the key', async ({ page }) => {
    await openKeys(page, ['flaky'])
    await chooseAction(page, 'office-laptops', 'Regenerate token')
    await page.getByRole('dialog').getByRole('button', { name: 'Regenerate token' }).click()
    await expect(page.getByRole('dialog', { name: 'New token for office-laptops' })).toBeVisible()
    await page.getByRole('button', { name: 'Done' }).click()

    const oldToken = await tokenOf(page, 'weekend-event')
    await chooseAction(page, 'weekend-event', 'Regenerate token')
    const dialog = page.getByRole('dialog', { name: 'Regenerate the token of weekend-event?' })
    await dialog.getByRole('button', { name: 'Regenerate token' }).click()
    await expect(dialog.getByRole('alert')).toContainText('could not complete the request: database is locked')
    await expect(dialog.getByRole('alert')).toContainText('The old token still works')
    expect(await tokenOf(page, 'weekend-event')).toBe(oldToken)
    await dialog.getByRole('button', { name: 'Cancel' }).click()

    // Bulk: the first delete goes through, the second is refused and named.
    await page.getByRole('button', { name: 'Select expired and used-up keys' }).click()
    await page.getByRole('button', { name: 'Delete 2 keys' }).click()
    const bulk = page.getByRole('alertdialog', { name: 'Delete 2 keys?' })
    await bulk.getByRole('button', { name: 'Delete 2 keys' }).click()
    const report = page.getByRole('alertdialog', { name: 'Deleted 1 of 2 keys' })
    await expect(report.getByRole('alert')).toContainText('could not complete the request: database is locked')
    await expectNoAxeViolations(page, '[role="alertdialog"]')
    // The refused key stays selected; Try again deletes it.
    await expect(rowBehindDialog(page, 'contractor-march').or(rowBehindDialog(page, 'ci-runners-used'))).toHaveCount(1)
    await report.getByRole('button', { name: 'Try again' }).click()
    await expect(report).toBeHidden()
    await expect(row(page, 'contractor-march')).toHaveCount(0)
    await expect(row(page, 'ci-runners-used')).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Selected keys' })).toHaveCount(0)
  })
})

test.describe('a read-only account', () => {
  test('is told so, and is offered no change the server would refuse', async ({ page }) => {
    const reason = 'Your account is read-only: it can view keys but not change them.'
    await openApp(page, { signedOut: true })
    await page.getByLabel('Username', { exact: true }).fill('viewer')
    await page.getByLabel('Password', { exact: true }).fill('netmaker-demo')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(row(page, 'office-laptops')).toBeVisible()
    const banner = page.getByRole('banner')
    await expect(banner).toContainText('Signed in as viewer')
    await expect(banner.getByText('Read-only', { exact: true })).toBeVisible()

    // No Create key, no selection or bulk delete; the page says why.
    await expect(page.getByRole('main')).toContainText(reason)
    await expect(page.getByRole('button', { name: 'Create key' })).toHaveCount(0)
    await expect(page.getByRole('checkbox')).toHaveCount(1) // "Default only", a filter
    await expect(page.getByRole('button', { name: 'Select expired and used-up keys' })).toHaveCount(0)

    // A key's menu: View details, and the reason in place of the changes.
    await openMenu(page, 'single-use-kiosk')
    const menu = page.getByRole('menu', { name: 'Actions for single-use-kiosk' })
    await expect(menu.getByRole('menuitem')).toHaveText(['View details'])
    await expect(menu).toHaveAccessibleDescription(reason)
    await expectNoAxeViolations(page, '[role="menu"]')
    await page.keyboard.press('Escape')

    // Details: everything to read and copy, nothing to change.
    const details = await openDetails(page, 'single-use-kiosk')
    await expect(details).toContainText(reason)
    for (const name of ['Edit', 'Set as default', 'Regenerate token', 'Delete']) {
      await expect(details.getByRole('button', { name, exact: true })).toHaveCount(0)
    }
    await expect(details.getByRole('button', { name: 'Copy token' })).toBeVisible()
    await expectNoAxeViolations(page, '[role="dialog"]')
  })
})
