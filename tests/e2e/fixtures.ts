import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Locator, type Page } from '@playwright/test'
import { DEMO_MASTER_KEY } from './demo'

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

/**
 * Stall the mock server: every request from now on waits until `releaseServer`. The mock runs in the
 * page, so this goes through the page's own fetch.
 */
export async function holdServer(page: Page) {
  const answer = await page.evaluate(() => fetch('/__mock/hold', { method: 'POST' }).then((r) => r.json()))
  expect(answer).toEqual({ held: true })
}

/** Let the held requests go on; returns how many were waiting. */
export async function releaseServer(page: Page): Promise<number> {
  const answer: unknown = await page.evaluate(() => fetch('/__mock/release', { method: 'POST' }).then((r) => r.json()))
  expect(answer).toEqual({ released: expect.any(Number) })
  return (answer as { released: number }).released
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

export const test = base
export { expect }
