import { type APIRequestContext, expect, type Locator, type Page, test as base } from '@playwright/test'

import type { FaultProxyState } from './fault-proxy'
import { readStack, type Stack } from './stack'

export type CspViolation = { directive: string; blocked: string; source: string }

type Fixtures = {
  stack: Stack
  /** Every Content-Security-Policy violation any page of the test raised; the test fails if there is one. */
  cspViolations: CspViolation[]
  /** Everything the pages printed to the console, and uncaught errors. */
  consoleLines: string[]
}

/**
 * The nginx journeys' test: the running deployment, and a `securitypolicyviolation` listener installed in
 * every page before any of its scripts run. A violation fails the test that raised it.
 */
export const test = base.extend<Fixtures>({
  stack: async ({}, provide) => {
    await provide(readStack())
  },
  cspViolations: [
    async ({ context }, provide, testInfo) => {
      const violations: CspViolation[] = []
      await context.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
        violations.push(violation)
      })
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation?: (v: unknown) => void }).__reportCspViolation
          report?.({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            source: `${event.sourceFile}:${event.lineNumber}`,
          })
        })
      })
      await provide(violations)
      if (!testInfo.annotations.some((a) => a.type === 'expects-csp-violation')) {
        expect(violations, 'the page raised Content-Security-Policy violations').toEqual([])
      }
    },
    { auto: true },
  ],
  consoleLines: [
    async ({ page }, provide) => {
      const lines: string[] = []
      page.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`))
      page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`))
      await provide(lines)
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Open the sign-in page and set the server: by default the console's own origin, which the page offers
 * (same-origin layout); another origin is typed in.
 */
async function openSignIn(page: Page, serverUrl?: string) {
  await page.goto('/keys')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  const field = page.getByLabel('Server URL')
  // A production build without a configured server leaves the field empty: the console's own origin.
  if (serverUrl === undefined) await expect(field).toHaveValue('')
  else await field.fill(serverUrl)
}

/** Sign in with the server's master key. */
export async function signInWithMasterKey(page: Page, stack: Stack, serverUrl?: string) {
  await openSignIn(page, serverUrl)
  await page.getByRole('radio', { name: 'Master key' }).check()
  await page.getByLabel('Server master key', { exact: true }).fill(stack.masterKey)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(keysTable(page)).toBeVisible()
}

export async function signInWithPassword(page: Page, stack: Stack, serverUrl?: string) {
  await openSignIn(page, serverUrl)
  await page.getByLabel('Username', { exact: true }).fill(stack.admin.username)
  await page.getByLabel('Password', { exact: true }).fill(stack.admin.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(keysTable(page)).toBeVisible()
}

export const keysTable = (page: Page) => page.getByRole('table', { name: 'Enrollment keys' })

/** A key's row (its name is a button in the row). */
export function rowOf(page: Page, name: string): Locator {
  return keysTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name, exact: true }) })
}

/** A key name no other test (or earlier run against the same server) uses: 3–32 characters. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.slice(0, 32)
}

/** Open Create key and walk to Review with the given details, on the first network offered. */
export async function openCreateAtReview(
  page: Page,
  {
    name,
    type = 'Unlimited',
    uses,
    isDefault = false,
  }: { name: string; type?: string; uses?: string; isDefault?: boolean },
  network = 'netmaker',
) {
  await page.getByRole('button', { name: 'Create key' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Create key' })
  await dialog.getByLabel('Name', { exact: true }).fill(name)
  await dialog.getByRole('radio', { name: type }).click()
  if (uses !== undefined) await dialog.getByLabel('Number of uses', { exact: true }).fill(uses)
  if (type === 'Time-bound') await dialog.getByRole('button', { name: '7 days' }).click()
  if (isDefault) await dialog.getByRole('checkbox', { name: 'Make this the default key for its networks' }).check()
  const current = dialog.getByRole('navigation', { name: 'Steps' }).locator('[aria-current="step"]')
  await dialog.getByRole('button', { name: 'Next' }).click()
  await expect(current).toContainText('Networks')
  await dialog.getByRole('checkbox', { name: network, exact: true }).check()
  // Gateway (and Tags, on servers that have them) are left as they are.
  for (let i = 0; i < 3 && !((await current.textContent()) ?? '').includes('Review'); i++) {
    const before = (await current.textContent()) ?? ''
    await dialog.getByRole('button', { name: 'Next' }).click()
    await expect(current).not.toHaveText(before)
  }
  await expect(current).toContainText('Review')
  return dialog
}

/** The fault proxy between nginx and the server (see fault-proxy.ts). */
export function faults(request: APIRequestContext, stack: Stack) {
  const call = async (action: string): Promise<FaultProxyState & { released?: number }> => {
    const res = await request.fetch(`${stack.faultsUrl}/__faults/${action}`, {
      method: action === 'state' ? 'GET' : 'POST',
    })
    expect(res.ok()).toBe(true)
    return (await res.json()) as FaultProxyState
  }
  return {
    dropNextCreate: () => call('drop-next-create'),
    hold: () => call('hold'),
    release: () => call('release'),
    reset: () => call('reset'),
    state: () => call('state'),
  }
}

/** The keys the server holds now, straight from its API (the test's own view, not the console's). */
export async function serverKeys(request: APIRequestContext, stack: Stack) {
  const res = await request.get(`${stack.apiUrl}/api/v1/enrollment-keys`, {
    headers: { Authorization: `Bearer ${stack.masterKey}` },
  })
  expect(res.status()).toBe(200)
  return (await res.json()) as { value: string; tags: string[]; token: string; default?: boolean }[]
}

/** The server's default key of a network (v1.6+: GET /api/v1/enrollment-keys/network/{network}/default). */
export async function serverDefaultKey(request: APIRequestContext, stack: Stack, network: string) {
  const res = await request.get(`${stack.apiUrl}/api/v1/enrollment-keys/network/${network}/default`, {
    headers: { Authorization: `Bearer ${stack.masterKey}` },
  })
  expect(res.status()).toBe(200)
  return (await res.json()) as { value: string; tags: string[] }
}

/** Make a key through the server's own API (for states the console cannot make, such as nearly expired). */
export async function createServerKey(
  request: APIRequestContext,
  stack: Stack,
  body: { name: string; networks: string[]; expiresInSeconds?: number },
) {
  const expiration = body.expiresInSeconds ? Math.floor(Date.now() / 1000) + body.expiresInSeconds : 0
  const res = await request.post(`${stack.apiUrl}/api/v1/enrollment-keys`, {
    headers: { Authorization: `Bearer ${stack.masterKey}` },
    data: {
      type: 0,
      tags: [body.name],
      networks: body.networks,
      expiration,
      uses_remaining: 0,
      unlimited: expiration === 0,
      relay: '',
      groups: [],
    },
  })
  expect(res.status(), await res.text()).toBe(200)
}
