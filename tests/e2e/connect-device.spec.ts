import type { Locator, Page } from '@playwright/test'

import { copiedBy, expect, expectNoAxeViolations, openApp, test } from './fixtures'

/** The key's real token, through its copy button (the screen shows it masked). */
async function copiedToken(page: Page, dialog: Locator): Promise<string> {
  return copiedBy(page, dialog.getByRole('button', { name: 'Copy token' }))
}

/** What `netclient join -t <token>` sends, through the page's fetch (the mock runs in the page). */
async function registerHost(page: Page, token: string, host: { id: string; name: string; os: string }) {
  const status = await page.evaluate(
    async ({ token, host }) => {
      const response = await fetch(`/api/v1/host/register/${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          ...host,
          version: 'v1.6.0',
          traffickeypublic: btoa('0123456789abcdef0123456789abcdef'),
        }),
      })
      return response.status
    },
    { token, host },
  )
  expect(status).toBe(200)
}

test.describe('connect a device', () => {
  // Long journeys on a shared, busy machine: give them room (nothing here measures time).
  test.slow()

  test('install tabs per platform: remembered, token masked, copy buttons copy the real command', async ({
    page,
    keys,
    shot,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openApp(page)
    const dialog = await keys.openDetails('staging-ci')
    const token = await copiedToken(page, dialog)

    const tabs = dialog.getByRole('tablist', { name: 'Platform' })
    await expect(tabs.getByRole('tab')).toHaveText(['Linux', 'Docker', 'Windows', 'macOS', 'Already installed'])
    await expect(tabs.getByRole('tab', { name: 'Linux' })).toHaveAttribute('aria-selected', 'true')
    const panel = dialog.getByRole('tabpanel')
    await expect(panel).toContainText('apt.netmaker.org')
    await expect(panel).not.toContainText(token)

    // Keyboard: arrows move between tabs.
    await tabs.getByRole('tab', { name: 'Linux' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(tabs.getByRole('tab', { name: 'Docker' })).toBeFocused()
    await expect(tabs.getByRole('tab', { name: 'Docker' })).toHaveAttribute('aria-selected', 'true')
    await expect(panel).toContainText('gravitl/netclient:v1.8.0')
    await expect(panel).toContainText('TOKEN: "••••')
    await panel.getByRole('button', { name: 'Copy compose snippet' }).click()
    // The copy re-checks the key's current token first, so the clipboard fills a moment later.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`TOKEN: "${token}"`)
    await expect(panel).not.toContainText(token)
    await shot('tabs-docker')

    await tabs.getByRole('tab', { name: 'Windows' }).click()
    await expect(panel).toContainText('could not be confirmed here')
    await tabs.getByRole('tab', { name: 'macOS' }).click()
    await expect(panel).toContainText('brew install netclient')
    await expectNoAxeViolations(page, '[role="dialog"]')

    expect(page.url()).not.toContain(token)
  })

  test('the chosen platform is remembered across keys and reloads', async ({ page, keys }) => {
    await openApp(page)
    const first = await keys.openDetails('staging-ci')
    await first.getByRole('tab', { name: 'macOS' }).click()
    await page.keyboard.press('Escape')
    const other = await keys.openDetails('office-laptops')
    await expect(other.getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Escape')
    await page.reload()
    const again = await keys.openDetails('office-laptops')
    await expect(again.getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true')
  })

  test('waits for a device: a host registered while waiting shows up without a reload', async ({
    page,
    keys,
    shot,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openApp(page)
    let loads = 0
    page.on('load', () => (loads += 1))
    const dialog = await keys.openDetails('staging-ci')
    await expect(dialog).toContainText('5 uses left')
    const token = await copiedToken(page, dialog)

    await dialog.getByRole('button', { name: 'Wait for a device' }).click()
    await expect(dialog.getByRole('status').filter({ hasText: 'Waiting for a device to join netmaker' })).toBeVisible()
    await expectNoAxeViolations(page, '[role="dialog"]')
    await shot('waiting')

    await registerHost(page, token, { id: 'f1f1f1f1-0000-4000-8000-0000000000e2', name: 'e2e-runner', os: 'linux' })

    const joined = dialog.getByRole('status').filter({ hasText: 'Your device joined' })
    await expect(joined).toBeVisible()
    const devices = dialog.getByRole('list', { name: 'Devices that joined', exact: true })
    await expect(devices).toContainText('e2e-runner')
    await expect(devices).toContainText('Linux')
    await expect(devices).toContainText('netmaker')
    // A limited key: one use fewer.
    await expect(dialog).toContainText('Uses left: 4 uses left')
    await expectNoAxeViolations(page, '[role="dialog"]')
    await shot('joined')
    expect(loads).toBe(0)

    // Stopping returns to the button; the device is among those that joined with the key (Pro).
    await dialog.getByRole('button', { name: 'Dismiss' }).click()
    await expect(dialog.getByRole('button', { name: 'Wait for a device' })).toBeFocused()
    await expect(dialog.getByRole('list', { name: 'Devices that joined with this key' })).toContainText('e2e-runner')
  })

  test('the demo simulates a device joining through the register route', async ({ page, keys }) => {
    await openApp(page)
    const dialog = await keys.openDetails('office-laptops')
    await dialog.getByRole('button', { name: 'Wait for a device' }).click()
    await expect(dialog.getByRole('status').filter({ hasText: 'Waiting for a device' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Simulate a device joining' }).click()
    await expect(dialog.getByRole('status').filter({ hasText: 'Your device joined' })).toBeVisible()
    await expect(dialog.getByRole('list', { name: 'Devices that joined', exact: true })).toContainText(/demo-/)
  })

  test('lists the devices that enrolled with a key, newest first, with paging', async ({ page, keys, shot }) => {
    await openApp(page)
    const dialog = await keys.openDetails('office-laptops')
    const list = dialog.getByRole('list', { name: 'Devices that joined with this key' })
    await expect(list.getByRole('listitem').first()).toContainText('laptop-ben')
    const firstLoad = await list.getByRole('listitem').count()
    expect(firstLoad).toBeGreaterThanOrEqual(10)
    await expect(list).not.toContainText('laptop-ana')
    await expectNoAxeViolations(page, '[role="dialog"]')

    await dialog.getByRole('button', { name: 'Show older devices' }).click()
    await expect(list.getByRole('listitem').last()).toContainText('laptop-ana')
    await expect(list.getByRole('listitem')).toHaveCount(14)
    await expect(dialog.getByRole('button', { name: 'Show older devices' })).toHaveCount(0)
    await list.scrollIntoViewIfNeeded()
    await shot('enrolled')

    // One join over two networks is one entry.
    await page.keyboard.press('Escape')
    const web = await keys.openDetails('multi-site-web')
    const webList = web.getByRole('list', { name: 'Devices that joined with this key' })
    await expect(webList.getByRole('listitem')).toHaveCount(2)
    await expect(webList.getByRole('listitem').first()).toContainText('web-02')
    await expect(webList.getByRole('listitem').first()).toContainText('private-mesh')
    await expect(webList.getByRole('listitem').first()).toContainText('zero-path')
  })

  test('a Community server says the list needs Pro instead of showing it empty', async ({ page, keys }) => {
    await openApp(page, { scenario: ['community'] })
    const dialog = await keys.openDetails('office-laptops')
    await expect(dialog).toContainText('Needs Netmaker Pro')
    await expect(dialog.getByRole('list', { name: 'Devices that joined with this key' })).toHaveCount(0)
    await expectNoAxeViolations(page, '[role="dialog"]')
  })

  test('no request storm at 10,000 keys: opening details and waiting asks only what it needs', async ({
    page,
    keys,
  }) => {
    await openApp(page, { scenario: ['large'] })
    await page.getByRole('searchbox', { name: 'Search keys' }).fill('office-laptops')
    await expect(page.getByRole('button', { name: 'office-laptops', exact: true })).toBeVisible({ timeout: 15_000 })
    const requests: string[] = []
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (path.startsWith('/api/')) requests.push(path)
    })
    const dialog = await keys.openDetails('office-laptops')
    await expect(dialog.getByRole('list', { name: 'Devices that joined with this key' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Wait for a device' }).click()
    await expect(dialog.getByRole('status').filter({ hasText: 'Waiting for a device' })).toBeVisible()
    // No per-key request, and no re-read of the 10,000-key list while waiting.
    expect(requests.filter((path) => path.startsWith('/api/v1/enrollment-keys'))).toEqual([])
    expect(requests.length).toBeLessThanOrEqual(6)
  })
})
