import type { Page } from '@playwright/test'

import { copiedBy, expect, expectNoAxeViolations, openApp, test } from './fixtures'

const range = (page: Page) => page.getByRole('navigation', { name: 'Pagination' })

const DEFAULT_KEYS = ['iot-network', 'netmaker', 'private-mesh', 'turbo-link', 'zero-path']

test.describe('Keys page', () => {
  test('shows the seeded keys with status, usage, gateway and tags', async ({ page, keys }) => {
    await openApp(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible()
    const table = keys.table
    await expect(table).toBeVisible()
    await expect(range(page)).toContainText('1–15 of 15 keys')

    for (const name of DEFAULT_KEYS) {
      const row = keys.row(name)
      await expect(row).toContainText('Default')
      await expect(row).toContainText('Valid')
      await expect(row).toContainText('Unlimited')
      // Default keys cannot be bulk-deleted: no checkbox.
      await expect(row.getByRole('checkbox')).toHaveCount(0)
    }

    const officeLaptops = keys.row('office-laptops')
    await expect(officeLaptops).toContainText('Valid')
    await expect(officeLaptops).toContainText('Unlimited')
    await expect(officeLaptops).toContainText('private-mesh')
    await expect(officeLaptops).toContainText('web')
    await expect(officeLaptops.getByRole('checkbox', { name: 'Select office-laptops' })).toBeVisible()

    const contractor = keys.row('contractor-march')
    await expect(contractor).toContainText('Expired')
    await expect(contractor).toContainText('netmaker')
    await expect(contractor).toContainText(/Until \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/)

    const staging = keys.row('staging-ci')
    await expect(staging).toContainText('Valid')
    await expect(staging).toContainText('5 uses left')
    await expect(staging).toContainText('relay-fra-01 (netmaker)')
    await expect(staging).toContainText('ci')

    await expect(keys.row('ci-runners-used')).toContainText('Used up')

    const sensors = keys.row('iot-sensors-q1')
    await expect(sensors).toContainText('Valid')
    await expect(sensors).toContainText(/Until \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/)
    await expect(sensors).toContainText('edge-gw-iot (iot-network)')
    await expect(sensors).toContainText('sensors')

    const multi = keys.row('multi-site-web')
    await expect(multi).toContainText('Unlimited')
    await expect(multi).toContainText('private-mesh')
    await expect(multi).toContainText('zero-path')
    await expect(multi).toContainText('Auto-select')
    await expect(multi).toContainText('web')

    const weekend = keys.row('weekend-event')
    await expect(weekend).toContainText('Valid')
    await expect(weekend).toContainText('Expires in 2 days')

    await expect(keys.row('legacy-fallback')).toContainText('Valid')
    await expect(keys.row('broken-import')).toContainText('Invalid')
    await expect(keys.row('single-use-kiosk')).toContainText('1 use left')

    // The reason for a status is there for assistive technology, too.
    await expect(page.getByRole('tooltip', { name: /created as unlimited/, includeHidden: true })).toHaveCount(1)

    // Default sort: name ascending.
    await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending')
    const names = await keys.names()
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))

    await expectNoAxeViolations(page)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
    await expectNoAxeViolations(page)
  })

  test('searches names, networks, tags and gateways; "/" focuses the search', async ({ page, keys }) => {
    await openApp(page)
    const search = page.getByRole('searchbox', { name: 'Search keys' })
    await expect(keys.row('staging-ci')).toBeVisible()

    await page.getByRole('heading', { name: 'Keys', level: 1 }).click()
    await page.keyboard.press('/')
    await expect(search).toBeFocused()

    await page.keyboard.type('RELAY-fra')
    await expect(range(page)).toContainText('1–1 of 1 key')
    expect(await keys.names()).toEqual(['staging-ci'])
    await expect(page).toHaveURL(/[?&]q=RELAY-fra/)

    await search.fill('sensors')
    await expect.poll(() => keys.names()).toEqual(['iot-sensors-q1'])

    await search.fill('zero-path')
    await expect.poll(() => keys.names()).toEqual(['legacy-fallback', 'multi-site-web', 'zero-path'])

    await search.fill('no-such-key')
    await expect(page.getByText('No keys match “no-such-key”')).toBeVisible()
    await expect(keys.table).toHaveCount(0)
    await page.getByRole('button', { name: 'Clear filters' }).first().click()
    await expect(range(page)).toContainText('1–15 of 15 keys')
    await expect(search).toHaveValue('')
  })

  test('filters by status, type, network and default, with removable chips', async ({ page, keys }) => {
    await openApp(page)
    await expect(keys.row('staging-ci')).toBeVisible()

    await page.getByLabel('Status', { exact: true }).selectOption('expired')
    await expect.poll(() => keys.names()).toEqual(['contractor-march'])
    const chips = page.getByRole('list', { name: 'Active filters' })
    await expect(chips).toContainText('Status: Expired')

    await page.getByLabel('Status', { exact: true }).selectOption('used-up')
    await expect.poll(() => keys.names()).toEqual(['ci-runners-used'])
    await page.getByLabel('Status', { exact: true }).selectOption('invalid')
    await expect.poll(() => keys.names()).toEqual(['broken-import'])
    await page.getByRole('button', { name: 'Remove filter Status: Invalid' }).click()
    await expect(range(page)).toContainText('of 15 keys')
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('')

    await page.getByLabel('Type', { exact: true }).selectOption('limited')
    await expect.poll(() => keys.names()).toEqual(['ci-runners-used', 'single-use-kiosk', 'staging-ci'])

    await page.getByLabel('Network', { exact: true }).selectOption('turbo-link')
    await expect.poll(() => keys.names()).toEqual(['single-use-kiosk'])
    await expect(chips).toContainText('Type: Limited uses')
    await expect(chips).toContainText('Network: turbo-link')

    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(range(page)).toContainText('1–15 of 15 keys')

    await page.getByRole('checkbox', { name: 'Default only' }).check()
    await expect.poll(() => keys.names()).toEqual(DEFAULT_KEYS)
    await expect(chips).toContainText('Default only')
    await page.getByRole('button', { name: 'Remove filter Default only' }).click()
    await expect(page.getByRole('checkbox', { name: 'Default only' })).not.toBeChecked()
  })

  test('sorts by the column headers', async ({ page, keys }) => {
    await openApp(page)
    await expect(keys.row('staging-ci')).toBeVisible()
    const nameHeader = page.getByRole('columnheader', { name: 'Name' })

    await nameHeader.getByRole('button').click()
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending')
    expect((await keys.names())[0]).toBe('zero-path')
    await expect(page).toHaveURL(/dir=desc/)

    const statusHeader = page.getByRole('columnheader', { name: 'Status' })
    await statusHeader.getByRole('button').click()
    await expect(statusHeader).toHaveAttribute('aria-sort', 'ascending')
    await expect(nameHeader).toHaveAttribute('aria-sort', 'none')
    const byStatus = await keys.names()
    // valid and stopping soon comes first: one use left (single-use-kiosk), then an expiry within 7 days
    expect(byStatus.slice(0, 2)).toEqual(['single-use-kiosk', 'weekend-event'])
    expect(byStatus.slice(-3)).toEqual(['contractor-march', 'ci-runners-used', 'broken-import'])

    const expiryHeader = page.getByRole('columnheader', { name: 'Expires' })
    await expiryHeader.getByRole('button').click()
    expect((await keys.names()).slice(0, 4)).toEqual([
      'legacy-fallback',
      'contractor-march',
      'weekend-event',
      'iot-sensors-q1',
    ])

    const usageHeader = page.getByRole('columnheader', { name: 'Type / usage' })
    await usageHeader.getByRole('button').click()
    await expect(usageHeader).toHaveAttribute('aria-sort', 'ascending')
    expect((await keys.names()).at(-1)).toBe('broken-import')
  })

  test('keeps the view in the URL: reload, Back and Forward', async ({ page, keys }) => {
    await openApp(page)
    await expect(keys.row('staging-ci')).toBeVisible()

    await page.getByLabel('Network', { exact: true }).selectOption('netmaker')
    await expect(page).toHaveURL(/network=netmaker/)
    await page.getByLabel('Type', { exact: true }).selectOption('limited')
    await expect(page).toHaveURL(/type=limited/)
    await page.getByRole('columnheader', { name: 'Name' }).getByRole('button').click()
    await expect.poll(() => keys.names()).toEqual(['staging-ci', 'ci-runners-used'])

    // Never a key's value or token in the URL.
    const url = new URL(page.url())
    expect([...url.searchParams.keys()].sort()).toEqual(['dir', 'network', 'sort', 'type'])

    await page.reload()
    await expect.poll(() => keys.names()).toEqual(['staging-ci', 'ci-runners-used'])
    await expect(page.getByLabel('Network', { exact: true })).toHaveValue('netmaker')
    await expect(page.getByLabel('Type', { exact: true })).toHaveValue('limited')
    await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending')

    await page.goBack()
    await expect.poll(() => keys.names()).toEqual(['ci-runners-used', 'staging-ci'])
    await page.goBack()
    await expect(page.getByLabel('Type', { exact: true })).toHaveValue('')
    await expect(range(page)).toContainText('of 4 keys')
    await page.goForward()
    await expect(page.getByLabel('Type', { exact: true })).toHaveValue('limited')
    await expect.poll(() => keys.names()).toEqual(['ci-runners-used', 'staging-ci'])
  })

  test('reveals and copies a token', async ({ page, keys, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openApp(page)
    const row = keys.row('staging-ci')
    const reveal = row.getByRole('button', { name: 'Reveal token of staging-ci' })
    await expect(reveal).toHaveAttribute('aria-pressed', 'false')
    await expect(row).toContainText('••••')

    await row.getByRole('button', { name: 'Copy token of staging-ci' }).click()
    // The copy re-checks the key's current token first, so the clipboard fills a moment later.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^[A-Za-z0-9+/]+=*$/)
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    const payload = JSON.parse(Buffer.from(copied, 'base64').toString('utf8')) as { value: string }
    expect(payload.value).toMatch(/^[A-Z2-7]{32}$/)
    expect(page.url()).not.toContain(payload.value)

    // Masked, the end of the key's value shows (every token starts alike, the value's end tells keys apart).
    await expect(row.locator('code')).toHaveText(`••••••••${payload.value.slice(-4)}`)
    await reveal.click()
    await expect(reveal).toHaveAttribute('aria-pressed', 'true')
    await expect(row).toContainText(copied)
    // All of it is on screen, wrapped, not cut off at the box's edge.
    const code = row.locator('code')
    expect(await code.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(
      true,
    )
    await reveal.click()
    await expect(row).not.toContainText(copied)
  })

  test('opens details with the join commands, from the name and from the actions menu', async ({
    page,
    keys,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openApp(page)
    await keys.row('staging-ci').getByRole('button', { name: 'staging-ci', exact: true }).click()

    const dialog = page.getByRole('dialog', { name: 'staging-ci' })
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('5 uses left')
    await expect(dialog).toContainText('relay-fra-01 (netmaker)')
    await expect(dialog).toContainText('netclient join -t ')
    await expect(dialog).toContainText('••••')
    await expectNoAxeViolations(page, '[role="dialog"]')

    const token = await copiedBy(page, dialog.getByRole('button', { name: 'Copy token' }))
    await dialog.getByRole('button', { name: 'Copy join command' }).click()
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`sudo netclient join -t '${token}'`)
    await dialog.getByRole('tab', { name: 'Docker' }).click()
    await dialog.getByRole('button', { name: 'Copy docker run command' }).click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`TOKEN='${token}'`)

    await dialog.getByRole('button', { name: 'Reveal token' }).click()
    await expect(dialog.getByRole('button', { name: 'Reveal token' })).toHaveAttribute('aria-pressed', 'true')
    await expect(dialog).toContainText(`TOKEN='${token}'`)

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    expect(page.url()).not.toContain(token)

    await page.getByRole('button', { name: 'Actions for office-laptops' }).click()
    await page.getByRole('menuitem', { name: 'View details' }).click()
    await expect(page.getByRole('dialog', { name: 'office-laptops' })).toBeVisible()
  })

  test('a key’s details have a link of their own, which names the key and never its token', async ({
    page,
    keys,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openApp(page)
    await keys.row('staging-ci').getByRole('button', { name: 'staging-ci', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'staging-ci' })
    await expect(page).toHaveURL(/\/keys\?key=staging-ci$/)
    const link = await copiedBy(page, dialog.getByRole('button', { name: 'Copy link' }))
    expect(link).toMatch(/\/keys\?key=staging-ci$/)

    // Opened again (a bookmark, a link sent to a colleague): the same details.
    await page.goto(link)
    await expect(page.getByRole('dialog', { name: 'staging-ci' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/\/keys$/)
  })

  test('details follow a regenerated key and close when the key is deleted', async ({ page, keys, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openApp(page)
    await keys.row('staging-ci').getByRole('button', { name: 'staging-ci', exact: true }).click()
    const details = page.getByRole('dialog', { name: 'staging-ci' })
    const oldToken = await copiedBy(page, details.getByRole('button', { name: 'Copy token' }))

    await details.getByRole('button', { name: 'Regenerate token' }).click()
    const confirm = page.getByRole('dialog', { name: 'Regenerate the token of staging-ci?' })
    await confirm.getByRole('button', { name: 'Regenerate token' }).click()
    await page.getByRole('dialog', { name: 'New token for staging-ci' }).getByRole('button', { name: 'Done' }).click()

    await expect(details).toBeVisible()
    await expect(details).toContainText('5 uses left')
    await expect
      .poll(async () => {
        await details.getByRole('button', { name: 'Copy token' }).click()
        return page.evaluate(() => navigator.clipboard.readText())
      })
      .not.toBe(oldToken)
    await details.getByRole('button', { name: 'Reveal token' }).click()
    const newToken = await page.evaluate(() => navigator.clipboard.readText())
    await expect(details).toContainText(`netclient join -t '${newToken}'`)

    await details.getByRole('button', { name: 'Delete' }).click()
    await page
      .getByRole('alertdialog', { name: 'Delete key staging-ci?' })
      .getByRole('button', { name: 'Delete key' })
      .click()
    await expect(details).toBeHidden()
    await expect(keys.row('staging-ci')).toHaveCount(0)
    await expect(range(page)).toContainText('1–14 of 14 keys')
  })

  test('pages through 10,000 keys (large scenario)', async ({ page, keys }) => {
    await openApp(page, { scenario: ['large'] })
    const table = keys.table
    await expect(table).toBeVisible({ timeout: 15_000 })
    await expect(range(page)).toContainText(/^1–25 of 10,0\d\d keys/)
    await expect(table.getByRole('row')).toHaveCount(26)

    await page.getByRole('button', { name: 'Next page' }).click()
    await expect(range(page)).toContainText(/26–50 of 10,0\d\d keys/)
    await expect(page).toHaveURL(/page=2/)
    await expect(page).toHaveURL(/scenario=large/)

    // Last, first, and straight to a page by number (a number past the end goes to the last page).
    await page.getByRole('button', { name: 'Last page' }).click()
    await expect(page.getByLabel('Page', { exact: true })).toHaveValue(/^40\d$/)
    await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled()
    await page.getByRole('button', { name: 'First page' }).click()
    await expect(range(page)).toContainText(/^1–25 of/)
    await page.getByLabel('Page', { exact: true }).fill('200')
    await page.getByLabel('Page', { exact: true }).press('Enter')
    await expect(range(page)).toContainText(/4,976–5,000 of/)
    await expect(page).toHaveURL(/page=200/)
    await page.getByLabel('Page', { exact: true }).fill('99999')
    await page.getByLabel('Page', { exact: true }).press('Enter')
    await expect(page.getByRole('button', { name: 'Last page' })).toBeDisabled()

    await page.getByLabel('Rows per page').selectOption('100')
    await expect(range(page)).toContainText(/1–100 of 10,0\d\d keys/)
    await expect(table.getByRole('row')).toHaveCount(101)

    await page.getByRole('searchbox', { name: 'Search keys' }).fill('bulk-key-0099')
    await expect(range(page)).toContainText('1–10 of 10 keys')
    await expect(page).not.toHaveURL(/page=/)
    for (const name of await keys.names()) expect(name).toContain('bulk-key-0099')
  })

  test('empty: explains the key types and offers Create key', async ({ page, keys }) => {
    await openApp(page, { scenario: ['empty'] })
    await expect(page.getByRole('heading', { name: 'No enrollment keys yet' })).toBeVisible()
    await expect(page.getByText('Unlimited', { exact: true })).toBeVisible()
    await expect(page.getByText('Limited uses', { exact: true })).toBeVisible()
    await expect(page.getByText('Time-bound', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Create key' })).toHaveCount(2)
    await expect(keys.table).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test("error: shows the server's message and Retry, never an empty list", async ({ page, keys }) => {
    await openApp(page, { scenario: ['error'] })
    const alert = page.getByRole('alert').filter({ hasText: "Couldn't load enrollment keys" })
    await expect(alert).toBeVisible({ timeout: 15_000 })
    await expect(alert).toContainText('database is locked')
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'No enrollment keys yet' })).toHaveCount(0)
    await expect(keys.table).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('loading: a skeleton of the table while the list is on its way', async ({ page, keys }) => {
    await openApp(page, { scenario: ['slow'] })
    await expect(page.getByRole('status').filter({ hasText: 'Loading enrollment keys' })).toBeAttached()
    await expect(keys.table).toBeVisible({ timeout: 15_000 })
    await expect(page.getByRole('status').filter({ hasText: 'Loading enrollment keys' })).toHaveCount(0)
  })
})
