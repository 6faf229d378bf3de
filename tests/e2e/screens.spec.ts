import type { Page } from '@playwright/test'

import { expect, expectNoAxeViolations, openApp, test } from './fixtures'

const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const
const THEMES = ['light', 'dark'] as const

/** The page itself never scrolls sideways (a table may scroll inside its own box). */
async function expectNoPageScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  expect(scrollWidth, 'page width').toBeLessThanOrEqual(innerWidth)
}

/** Every key shown has its name, its token's Copy and its actions on screen, together. */
async function expectNamesBesideTokens(page: Page) {
  const list = page
    .getByRole('table', { name: 'Enrollment keys' })
    .or(page.getByRole('list', { name: 'Enrollment keys' }))
  await expect(list).toBeVisible()
  const items = list.locator(':scope > tbody > tr, :scope > li')
  const count = await items.count()
  expect(count).toBeGreaterThan(0)
  const innerWidth = await page.evaluate(() => window.innerWidth)
  for (let i = 0; i < count; i++) {
    const item = items.nth(i)
    const name = (await item.getByRole('button').first().textContent()) ?? ''
    for (const control of [
      item.getByRole('button', { name, exact: true }),
      item.getByRole('button', { name: `Copy token of ${name}` }),
      item.getByRole('button', { name: `Actions for ${name}` }),
    ]) {
      await expect(control).toBeVisible()
      // Retried: the actions button is swapped for its loaded version once the menu's code arrives.
      await expect(async () => {
        const box = await control.boundingBox()
        expect(box, `${name}: a control is laid out`).not.toBeNull()
        if (box) expect(box.x + box.width, `${name}: on screen`).toBeLessThanOrEqual(innerWidth)
      }).toPass({ timeout: 5_000 })
    }
  }
}

for (const size of WIDTHS) {
  for (const theme of THEMES) {
    test.describe(`at ${size.width} px, ${theme}`, () => {
      test.use({ viewport: size, colorScheme: theme })
      // Several checks per key and an axe run per screen: more than the default time on a busy machine.
      test.slow()

      test('the list fits, names stay beside tokens and actions, axe-clean', async ({ page, shot }) => {
        await openApp(page)
        await expect(page.getByText(/of 15 keys/)).toBeVisible({ timeout: 20_000 })
        await expectNoPageScroll(page)
        await expectNamesBesideTokens(page)
        await expectNoAxeViolations(page)
        await shot(`list-${size.width}-${theme}`, { fullPage: true })
      })

      test('the create stepper and the details fit the screen', async ({ page, shot }) => {
        await openApp(page)
        await expect(page.getByText(/of 15 keys/)).toBeVisible({ timeout: 20_000 })
        await page.getByRole('button', { name: 'Create key' }).first().click()
        const create = page.getByRole('dialog', { name: 'Create key' })
        await expect(create.getByLabel('Name', { exact: true })).toBeVisible()
        await expectNoPageScroll(page)
        const box = await create.boundingBox()
        expect(box && box.x >= 0 && box.x + box.width <= size.width).toBe(true)
        await shot(`create-${size.width}-${theme}`)
        await page.keyboard.press('Escape')
        await expect(create).toBeHidden()

        await page.getByRole('button', { name: 'staging-ci', exact: true }).click()
        const details = page.getByRole('dialog', { name: 'staging-ci' })
        await expect(details).toBeVisible()
        await details.getByRole('button', { name: 'Reveal token' }).click()
        await expectNoPageScroll(page)
        const detailsBox = await details.boundingBox()
        expect(detailsBox && detailsBox.x >= 0 && detailsBox.x + detailsBox.width <= size.width).toBe(true)
        await expectNoAxeViolations(page, '[role="dialog"]')
        await shot(`details-${size.width}-${theme}`)
      })
    })
  }
}
