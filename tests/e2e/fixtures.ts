import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page, test as base } from '@playwright/test'

import { DEMO_AUTHORIZATION, DEMO_MASTER_KEY } from './demo'

export type OpenOptions = {
  /** Mock scenarios, e.g. ['large', 'slow'] (see src/mocks/scenarios.ts). */
  scenario?: string[]
  /** Path to open, default "/keys". */
  path?: string
  /** Skip the sign-in (default: signed in with the demo master key). */
  signedOut?: boolean
}

/** Open the demo app on the mock server, signed in unless asked otherwise. */
export async function openApp(page: Page, { scenario, path = '/keys', signedOut = false }: OpenOptions = {}) {
  if (!signedOut) {
    await page.addInitScript((token) => {
      if (!sessionStorage.getItem('nm-console.session')) {
        sessionStorage.setItem('nm-console.session', JSON.stringify({ token, serverUrl: '', username: 'admin' }))
      }
    }, DEMO_MASTER_KEY)
  }
  const url = new URL(path, 'http://x')
  if (scenario?.length) url.searchParams.set('scenario', scenario.join(','))
  await page.goto(`${url.pathname}${url.search}`)
}

/** Run axe on the page (or a part of it) and expect no violations. */
export async function expectNoAxeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page })
  if (include) builder = builder.include(include)
  const results = await builder.analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(summary).toEqual([])
}

/**
 * Click a copy button and return what it copied. Copies of a key's token re-check the key first, so the
 * clipboard fills a moment after the click: the clipboard is emptied first and read once it changes.
 */
export async function copiedBy(page: Page, button: Locator): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''))
  await button.click()
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('')
  return page.evaluate(() => navigator.clipboard.readText())
}

/** The Keys page's table of enrollment keys, with the row and menu helpers the specs share. */
export type KeysTable = {
  /** The table itself. */
  table: Locator
  /** Open the Keys page signed in (see `openApp`) and wait for the seeded key office-laptops to show. */
  open(options?: Omit<OpenOptions, 'signedOut'>): Promise<void>
  /** A key's row, found by the name button in it. */
  row(name: string): Locator
  /** A key's row while a modal dialog hides the page from the accessibility tree. */
  rowBehindDialog(name: string): Locator
  /** The names of the keys shown, in order. */
  names(): Promise<string[]>
  /** Open a key's "Actions for <name>" menu (again, if a re-render of the row closed it meanwhile). */
  openActions(name: string): Promise<Locator>
  /** Open a key's actions menu and click one of its items. */
  chooseAction(name: string, action: string): Promise<void>
  /** Open a key's details by its name button; returns the dialog. */
  openDetails(name: string): Promise<Locator>
}

/** The mock server, which runs in the page: these go through the page's own fetch. */
export type MockServer = {
  /** Stall the mock: every request from now on waits until `release`. */
  hold(): Promise<void>
  /** Let the held requests go on; returns how many were waiting. */
  release(): Promise<number>
  /** A key's token, straight from the mock's list (retried: the flaky scenario fails a request now and then). */
  tokenOf(name: string): Promise<string>
}

type Fixtures = {
  keys: KeysTable
  mock: MockServer
  /** Save a screenshot as `$SHOTS_DIR/<name>.png` when SHOTS_DIR is set (to look at the screens); else none. */
  shot: (name: string, options?: { fullPage?: boolean }) => Promise<void>
}

function keysTable(page: Page): KeysTable {
  const table = page.getByRole('table', { name: 'Enrollment keys' })
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) })
  const openActions = async (name: string) => {
    const trigger = row(name).getByRole('button', { name: `Actions for ${name}` })
    const menu = page.getByRole('menu', { name: `Actions for ${name}` })
    await expect(async () => {
      if (!(await menu.isVisible())) await trigger.click()
      await expect(menu).toBeVisible({ timeout: 1_000 })
    }).toPass()
    return menu
  }
  return {
    table,
    row,
    openActions,
    async open(options = {}) {
      await openApp(page, options)
      await expect(row('office-laptops')).toBeVisible({ timeout: 20_000 })
    },
    rowBehindDialog: (name) =>
      page
        .getByRole('table', { name: 'Enrollment keys', includeHidden: true })
        .getByRole('row', { includeHidden: true })
        .filter({ has: page.getByRole('button', { name, exact: true, includeHidden: true }) }),
    async names() {
      // Read in one go: counting rows and then reading each can race a re-render (search narrowing the list),
      // and reading a row that is gone waits for it forever.
      const names = await table.locator('tbody tr td:nth-child(2) button[data-key-name]').allInnerTexts()
      return names.map((name) => name.trim())
    },
    async chooseAction(name, action) {
      await openActions(name)
      await page.getByRole('menuitem', { name: action, exact: true }).click()
    },
    async openDetails(name) {
      await row(name).getByRole('button', { name, exact: true }).click()
      const dialog = page.getByRole('dialog', { name })
      await expect(dialog).toBeVisible()
      return dialog
    },
  }
}

function mockServer(page: Page): MockServer {
  return {
    async hold() {
      const answer = await page.evaluate(() => fetch('/__mock/hold', { method: 'POST' }).then((r) => r.json()))
      expect(answer).toEqual({ held: true })
    },
    async release() {
      const answer: unknown = await page.evaluate(() =>
        fetch('/__mock/release', { method: 'POST' }).then((r) => r.json()),
      )
      expect(answer).toEqual({ released: expect.any(Number) })
      return (answer as { released: number }).released
    },
    tokenOf: (name) =>
      page.evaluate(
        async ({ keyName, authorization }) => {
          for (let attempt = 0; attempt < 3; attempt++) {
            const response = await fetch('/api/v1/enrollment-keys', {
              headers: { Authorization: authorization },
            })
            if (!response.ok) continue
            const keys = (await response.json()) as { tags: string[]; token: string }[]
            return keys.find((k) => k.tags[0] === keyName)?.token ?? ''
          }
          return ''
        },
        { keyName: name, authorization: DEMO_AUTHORIZATION },
      ),
  }
}

/** The step the create/renew stepper shows as current. */
export async function expectStep(dialog: Locator, label: string) {
  await expect(dialog.getByRole('navigation', { name: 'Steps' }).locator('[aria-current="step"]')).toContainText(label)
}

/** Click Next through the remaining steps of the stepper (whichever the server offers) to Review. */
export async function toReview(dialog: Locator) {
  const current = dialog.getByRole('navigation', { name: 'Steps' }).locator('[aria-current="step"]')
  for (let i = 0; i < 4 && !((await current.textContent()) ?? '').includes('Review'); i++) {
    const before = await current.textContent()
    await dialog.getByRole('button', { name: 'Next' }).click()
    await expect(current).not.toHaveText(before ?? '')
  }
  await expectStep(dialog, 'Review')
}

export const test = base.extend<Fixtures>({
  keys: async ({ page }, provide) => {
    await provide(keysTable(page))
  },
  mock: async ({ page }, provide) => {
    await provide(mockServer(page))
  },
  shot: async ({ page }, provide) => {
    await provide(async (name, options = {}) => {
      const dir = process.env.SHOTS_DIR
      if (dir) await page.screenshot({ path: `${dir}/${name}.png`, ...options })
    })
  },
})
export { expect }
