import { expect, openApp, test } from './fixtures'

const LONG = `long-${'W'.repeat(1995)}`

test.describe('hostile and odd data (?scenario=hostile)', () => {
  test('renders as inert text, nothing runs, and the layout holds', async ({ page, keys, shot }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await openApp(page, { scenario: ['hostile'], path: '/keys?size=100' })
    const table = keys.table
    await expect(table).toBeVisible({ timeout: 30_000 })
    const script = table.getByText('<script>window.__pwned = "script"</script>', { exact: true })
    await expect(script).toBeVisible()
    await expect(table.getByText('🔑 keys 🚀 for 👩🏽‍💻 hosts', { exact: true })).toBeVisible()

    // The 2,000-character name is cut short in its cell, the page does not scroll sideways.
    const long = table.getByText(LONG, { exact: true })
    await expect(long).toHaveAttribute('title', LONG)
    const box = await long.boundingBox()
    expect(box?.width ?? Infinity).toBeLessThan(260)
    // The table's card stays inside the window (a wider table scrolls inside it).
    const card = await table.evaluate((el) => el.parentElement?.getBoundingClientRect().right ?? Infinity)
    expect(card).toBeLessThanOrEqual(1440)
    await shot('hostile-list')

    // The details show the whole name, wrapped inside the dialog.
    await long.click()
    const details = page.getByRole('dialog')
    await expect(details.getByText(LONG, { exact: true })).toBeVisible()
    const dialogBox = await details.boundingBox()
    expect(dialogBox?.width ?? Infinity).toBeLessThanOrEqual(1440)
    await shot('hostile-details')
    await page.keyboard.press('Escape')

    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      elements: document.querySelectorAll('img[src="x"], svg[onload], #root script, #root b').length,
    }))
    expect(injected).toEqual({ pwned: null, elements: 0 })
    expect(dialogs).toEqual([])
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})
