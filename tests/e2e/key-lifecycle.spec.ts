import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { DEMO_AUTHORIZATION } from './demo'
import { expect, expectNoAxeViolations, openApp, test } from './fixtures'

const SHOTS = '/tmp/shots-issue-11'

const keysTable = (page: Page) => page.getByRole('table', { name: 'Enrollment keys' })

function rowOf(page: Page, name: string): Locator {
  return keysTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name, exact: true }) })
}

/** The key names in the table, in order. */
async function rowNames(page: Page): Promise<string[]> {
  const cells = keysTable(page).locator('tbody tr td:nth-child(2) button')
  return cells.allTextContents()
}

async function openKeys(page: Page, scenario?: string[], path = '/keys') {
  await openApp(page, { scenario, path })
  await expect(rowOf(page, 'office-laptops')).toBeVisible({ timeout: 20_000 })
}

/** Choose a menu action; one marked unavailable is chosen too (it opens its explanation). */
async function chooseAction(page: Page, keyName: string, action: string) {
  const trigger = rowOf(page, keyName).getByRole('button', { name: `Actions for ${keyName}` })
  const menu = page.getByRole('menu', { name: `Actions for ${keyName}` })
  await expect(async () => {
    if (!(await menu.isVisible())) await trigger.click()
    await expect(menu).toBeVisible({ timeout: 1_000 })
  }).toPass()
  const item = page.getByRole('menuitem', { name: action, exact: true })
  await item.focus()
  await page.keyboard.press('Enter')
}

/** The key's token, from the (mock) server's list. */
async function tokenOf(page: Page, keyName: string): Promise<string> {
  return page.evaluate(
    async ({ name, authorization }) => {
      const response = await fetch('/api/v1/enrollment-keys', { headers: { Authorization: authorization } })
      const keys = (await response.json()) as { tags: string[]; token: string }[]
      return keys.find((k) => k.tags[0] === name)?.token ?? ''
    },
    { name: keyName, authorization: DEMO_AUTHORIZATION },
  )
}

/** Click Next until the Review step. */
async function toReview(dialog: Locator) {
  const current = dialog.getByRole('navigation', { name: 'Steps' }).locator('[aria-current="step"]')
  for (let i = 0; i < 4 && !((await current.textContent()) ?? '').includes('Review'); i++) {
    const before = await current.textContent()
    await dialog.getByRole('button', { name: 'Next' }).click()
    await expect(current).not.toHaveText(before ?? '')
  }
  await expect(current).toContainText('Review')
}

test.describe('key lifecycle', () => {
  test.describe.configure({ timeout: 90_000 })

  test('expiring soon: strip, row marks, filter, sort, window in the URL, nav and title', async ({ page }) => {
    await openKeys(page)
    const strip = page.getByRole('region', { name: 'Expiring soon' })
    await expect(strip).toContainText('2 keys stop working within 7 days')
    await expect(page.getByRole('link', { name: /^Keys\W+2 keys expiring soon$/ })).toBeVisible()
    await expect(page).toHaveTitle('Keys (2 expiring soon) · Netmaker Console')
    await expect(rowOf(page, 'weekend-event')).toContainText('Expires in 2 days')
    await expect(rowOf(page, 'single-use-kiosk')).toContainText('1 use left')
    await page.screenshot({ path: `${SHOTS}/expiring-strip.png` })
    await rowOf(page, 'single-use-kiosk').getByRole('button', { name: 'single-use-kiosk', exact: true }).click()
    const details = page.getByRole('dialog', { name: 'single-use-kiosk' })
    await expect(details).toContainText('Only 1 use left')
    await page.keyboard.press('Escape')
    await expect(details).toBeHidden()

    await strip.getByRole('button', { name: 'Review' }).click()
    await expect(page).toHaveURL(/status=expiring-soon/)
    await expect(page).toHaveURL(/sort=stops/)
    await expect.poll(() => rowNames(page)).toEqual(['single-use-kiosk', 'weekend-event'])
    await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Status: Expiring soon')
    await expect(strip.getByRole('button', { name: 'Stops working first' })).toHaveAttribute('aria-pressed', 'true')

    // A one-day window: the key expiring in two days no longer counts; the window survives a reload.
    await strip.getByLabel('Warn within').selectOption('1')
    await expect(page).toHaveURL(/within=1(&|$)/)
    await expect(strip).toContainText('1 key stops working within 1 day')
    await expect.poll(() => rowNames(page)).toEqual(['single-use-kiosk'])
    await page.reload()
    await expect(page.getByRole('region', { name: 'Expiring soon' })).toContainText('1 key stops working within 1 day')
    await expect(page).toHaveTitle('Keys (1 expiring soon) · Netmaker Console')
  })

  test('export the current view as CSV, without tokens, and read the file back', async ({ page }) => {
    await openKeys(page)
    await page.getByRole('searchbox', { name: 'Search keys' }).fill('ci')
    await expect.poll(() => rowNames(page)).toEqual(['ci-runners-used', 'staging-ci'])

    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Export keys' })
    await expect(dialog.getByRole('radio', { name: 'This view' })).toBeChecked()
    await expectNoAxeViolations(page, '[role="dialog"]')
    await page.screenshot({ path: `${SHOTS}/export-dialog.png` })

    const downloading = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download CSV (2 keys)' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^api\.netmaker\.demo-enrollment-keys-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = await readFile((await download.path()) ?? '', 'utf8')
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe(
      'name,status,status_reason,type,uses_left,expires_at,networks,gateway,auto_select_gateway,tags,default',
    )
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['ci-runners-used', 'staging-ci'])
    expect(lines[2]).toContain('relay-fra-01 (netmaker)')
    expect(text).not.toContain(await tokenOf(page, 'staging-ci'))
    await expect(dialog).toBeHidden()
    await expect(page.getByText('Exported 2 keys')).toBeVisible()
  })

  test('export the selection as JSON with tokens, after the warning', async ({ page }) => {
    await openKeys(page)
    await rowOf(page, 'weekend-event').getByRole('checkbox', { name: 'Select weekend-event' }).check()
    await rowOf(page, 'staging-ci').getByRole('checkbox', { name: 'Select staging-ci' }).check()
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Export keys' })
    await expect(dialog.getByRole('radio', { name: 'Selected keys' })).toBeChecked()
    await dialog.getByRole('radio', { name: 'JSON' }).click()
    await dialog.getByRole('checkbox', { name: 'Include tokens' }).click()
    await expect(dialog.getByRole('alert')).toContainText('The file will be a secret')
    await expectNoAxeViolations(page, '[role="dialog"]')
    await page.screenshot({ path: `${SHOTS}/export-with-tokens.png` })

    const downloading = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download JSON (2 keys)' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/-WITH-TOKENS\.json$/)
    const json = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
      includes_tokens: boolean
      keys: { name: string; token?: string }[]
    }
    expect(json.includes_tokens).toBe(true)
    expect(json.keys.map((k) => k.name)).toEqual(['staging-ci', 'weekend-event'])
    expect(json.keys[0]?.token).toBe(await tokenOf(page, 'staging-ci'))
  })

  test('check a pasted join command: which key, whether it works, and open it', async ({ page }) => {
    await openKeys(page)
    const token = await tokenOf(page, 'weekend-event')
    await page.getByRole('button', { name: 'Check a token' }).click()
    const dialog = page.getByRole('dialog', { name: 'Check a token' })
    const box = dialog.getByRole('textbox', { name: 'Token or join command' })

    await box.fill('netclient join -t not-a-token')
    await expect(dialog.getByRole('status')).toContainText('not an enrollment token')

    await box.fill(`sudo netclient join -t ${token}`)
    const status = dialog.getByRole('status')
    await expect(status).toContainText('api.netmaker.demo')
    await expect(status).toContainText('weekend-event')
    await expect(status).toContainText('Can be used to join')
    await expect(status).toContainText('Stops working in 2 days')
    await expectNoAxeViolations(page, '[role="dialog"]')
    await page.screenshot({ path: `${SHOTS}/check-token.png` })

    await dialog.getByRole('button', { name: 'Open key' }).click()
    await expect(page.getByRole('dialog', { name: 'weekend-event' })).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'Check a token' })).toHaveCount(0)
  })

  test('renew an expired key, deleting the old one once the new one exists', async ({ page }) => {
    await openKeys(page)
    await chooseAction(page, 'contractor-march', 'Renew')
    const dialog = page.getByRole('dialog', { name: 'Renew key contractor-march' })
    await expect(dialog).toBeVisible({ timeout: 20_000 })
    await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('contractor-march-2')
    await expect(dialog.getByRole('radio', { name: 'Time-bound' })).toBeChecked()
    await dialog.getByRole('button', { name: '7 days' }).click()
    await toReview(dialog)
    await expect(dialog.getByText(/^netmaker$/)).toBeVisible()
    const deleteOld = dialog.getByRole('checkbox', { name: 'Delete contractor-march once the new key exists' })
    await deleteOld.click()
    await expectNoAxeViolations(page, '[role="dialog"]')
    await page.screenshot({ path: `${SHOTS}/renew-review.png` })

    await dialog.getByRole('button', { name: 'Create key' }).click()
    const result = page.getByRole('dialog', { name: 'Key created' })
    await expect(result.getByText('contractor-march was deleted: its token no longer works.')).toBeVisible()
    await page.screenshot({ path: `${SHOTS}/renew-result.png` })
    await result.getByRole('button', { name: 'Done' }).click()
    await expect(rowOf(page, 'contractor-march-2')).toContainText('Valid')
    await expect(rowOf(page, 'contractor-march')).toHaveCount(0)
  })

  test('a renew whose create fails deletes nothing', async ({ page, context }) => {
    await openKeys(page)
    await chooseAction(page, 'contractor-march', 'Renew')
    const dialog = page.getByRole('dialog', { name: 'Renew key contractor-march' })
    await toReview(dialog)
    await dialog.getByRole('checkbox', { name: 'Delete contractor-march once the new key exists' }).click()
    // The create cannot be sent: the connection is gone.
    await context.setOffline(true)
    await dialog.getByRole('button', { name: 'Create key' }).click()
    await expect(dialog.getByRole('alert')).toContainText(/offline/i)
    await context.setOffline(false)
    // The old key is still on the server.
    expect(await tokenOf(page, 'contractor-march')).not.toBe('')
  })

  test('clone a limited key: same networks, gateway, tags and uses; both keys remain', async ({ page }) => {
    await openKeys(page)
    await chooseAction(page, 'staging-ci', 'Clone')
    const dialog = page.getByRole('dialog', { name: 'Clone key staging-ci' })
    await expect(dialog).toBeVisible({ timeout: 20_000 })
    await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('staging-ci-2')
    await expect(dialog.getByLabel('Number of uses', { exact: true })).toHaveValue('5')
    await toReview(dialog)
    await expect(
      dialog.getByText('Key for 5 uses for netmaker, gateway relay-fra-01 (netmaker), tags: ci.'),
    ).toBeVisible()
    await dialog.getByRole('button', { name: 'Create key' }).click()
    const result = page.getByRole('dialog', { name: 'Key created' })
    await result.getByRole('button', { name: 'Done' }).click()
    await expect(rowOf(page, 'staging-ci-2')).toContainText('5 uses left')
    await expect(rowOf(page, 'staging-ci')).toBeVisible()
  })

  test('on a v1.5 server, cloning a default key explains why the copy cannot become the default', async ({ page }) => {
    await openKeys(page, ['v1.5'])
    await chooseAction(page, 'netmaker', 'Clone')
    const dialog = page.getByRole('dialog', { name: 'Clone key netmaker' })
    await toReview(dialog)
    await expect(dialog.getByText(/cannot change which key is the default/)).toBeVisible()
    await expect(dialog.getByRole('checkbox', { name: /Delete netmaker/ })).toHaveCount(0)
    await dialog.getByRole('button', { name: 'Create key' }).click()
    await page.getByRole('dialog', { name: 'Key created' }).getByRole('button', { name: 'Done' }).click()
    await expect(rowOf(page, 'netmaker-2')).toBeVisible()
  })

  test('renew is explained, with a clone offered, for a key that is not time-bound', async ({ page }) => {
    await openKeys(page)
    await chooseAction(page, 'office-laptops', 'Renew')
    const dialog = page.getByRole('dialog', { name: 'Renew key office-laptops' })
    await expect(dialog).toContainText('Only time-bound keys are renewed')
    await dialog.getByRole('button', { name: 'Clone instead' }).click()
    await expect(page.getByRole('dialog', { name: 'Clone key office-laptops' })).toBeVisible()
  })
})
