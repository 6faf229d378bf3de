import type { Locator, Page } from '@playwright/test'

import { expect, type KeysTable, test } from './fixtures'

/**
 * Tab (forwards) until `target` has focus; fails after `max` presses. The target is marked once, so each
 * press costs one cheap check instead of resolving the locator again.
 */
async function tabTo(page: Page, target: Locator, max = 200) {
  await target.evaluate((el) => el.setAttribute('data-tab-target', ''))
  try {
    for (let i = 0; i < max; i++) {
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-tab-target') ?? false)) return
      await page.keyboard.press('Tab')
    }
    throw new Error('could not reach the element with Tab')
  } finally {
    await target.evaluate((el) => el.removeAttribute('data-tab-target')).catch(() => undefined)
  }
}

/** Open a row's actions menu from the keyboard and choose an item. */
async function chooseWithKeyboard(page: Page, keys: KeysTable, keyName: string, item: string) {
  const trigger = keys.row(keyName).getByRole('button', { name: `Actions for ${keyName}` })
  await expect(trigger).toBeEnabled()
  await tabTo(page, trigger)
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu', { name: `Actions for ${keyName}` })
  await expect(menu).toBeVisible()
  const target = menu.getByRole('menuitem', { name: item, exact: true })
  for (let i = 0; i < 8 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown')
  }
  await expect(target).toBeFocused()
  await page.keyboard.press('Enter')
}

test.describe('keyboard only: focus after each dialog', () => {
  test.slow()

  test('create: Escape returns to Create key', async ({ page, keys }) => {
    await keys.open()
    const create = page.getByRole('button', { name: 'Create key' }).first()
    await tabTo(page, create)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Create key' })
    await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(create).toBeFocused()
  })

  test('details: closing returns to the key name that opened them', async ({ page, keys }) => {
    await keys.open()
    const name = keys.row('staging-ci').getByRole('button', { name: 'staging-ci', exact: true })
    await tabTo(page, name)
    await page.keyboard.press('Enter')
    const details = page.getByRole('dialog', { name: 'staging-ci' })
    await expect(details).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(details).toBeHidden()
    await expect(name).toBeFocused()
  })

  test('edit: saving returns to the row’s actions button', async ({ page, keys }) => {
    await keys.open()
    await chooseWithKeyboard(page, keys, 'office-laptops', 'Edit')
    const dialog = page.getByRole('dialog', { name: 'Edit key office-laptops' })
    await expect(dialog).toBeVisible()
    await tabTo(page, dialog.getByRole('checkbox', { name: 'db' }))
    await page.keyboard.press('Space')
    await tabTo(page, dialog.getByRole('button', { name: 'Save changes' }))
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(keys.row('office-laptops').getByRole('button', { name: 'Actions for office-laptops' })).toBeFocused()
  })

  test('delete: focus lands on the nearest row once the key is gone', async ({ page, keys }) => {
    await keys.open()
    await chooseWithKeyboard(page, keys, 'single-use-kiosk', 'Delete')
    const dialog = page.getByRole('alertdialog', { name: 'Delete key single-use-kiosk?' })
    await tabTo(page, dialog.getByRole('button', { name: 'Delete key' }))
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(keys.row('single-use-kiosk')).toHaveCount(0)
    // The key that took its place in the list.
    await expect(keys.row('staging-ci').getByRole('button', { name: 'staging-ci', exact: true })).toBeFocused()
  })

  test('bulk delete: focus lands on the nearest remaining row', async ({ page, keys }) => {
    await keys.open()
    for (const name of ['contractor-march', 'legacy-fallback']) {
      await tabTo(page, keys.row(name).getByRole('checkbox', { name: `Select ${name}` }))
      await page.keyboard.press('Space')
    }
    const bulk = page.getByRole('button', { name: 'Delete 2 keys' })
    await tabTo(page, bulk)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('alertdialog')
    await expect(dialog).toBeVisible()
    await tabTo(page, dialog.getByRole('button', { name: /^Delete 2 keys/ }))
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(keys.row('contractor-march')).toHaveCount(0)
    await expect(keys.row('legacy-fallback')).toHaveCount(0)
    // The row after the first deleted one.
    await expect(keys.row('iot-network').getByRole('button', { name: 'iot-network', exact: true })).toBeFocused()
  })
})
