import type { Page } from '@playwright/test'

import {
  expect,
  keysTable,
  openCreateAtReview,
  rowOf,
  serverKeys,
  signInWithMasterKey,
  test,
  uniqueName,
} from './fixtures'

const SESSION_KEY = 'nm-console.session'

/** Everything the page keeps on the client: both storages, cookies, IndexedDB and Cache Storage. */
async function clientStorage(page: Page) {
  return page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Object.fromEntries(
        Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').map((k) => [
          k,
          storage.getItem(k) ?? '',
        ]),
      )
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      cookies: document.cookie,
      indexedDb: (await indexedDB.databases()).map((db) => db.name ?? ''),
      caches: 'caches' in window ? await caches.keys() : [],
    }
  })
}

test.describe('secrets stay secret, in the production build through nginx', () => {
  test('tokens and key values never reach URLs, the title, the console or storage; sign-out leaves nothing', async ({
    page,
    stack,
    request,
    consoleLines,
  }) => {
    test.setTimeout(120_000)
    const pageUrls: string[] = []
    const titles: string[] = []
    const requests: { url: string; authorization: string | undefined }[] = []
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) pageUrls.push(frame.url())
    })
    page.on('request', async (req) => {
      requests.push({ url: req.url(), authorization: (await req.allHeaders())['authorization'] })
    })
    const noteTitle = async () => titles.push(await page.title())

    await signInWithMasterKey(page, stack)
    await noteTitle()
    // Work with a key: create it (its token is shown), search for it, reveal it, regenerate it.
    const name = uniqueName('secrets')
    const dialog = await openCreateAtReview(page, { name })
    await dialog.getByRole('button', { name: 'Create key' }).click()
    const result = page.getByRole('dialog', { name: 'Key created' })
    await expect(result.getByText(`“${name}” is ready`)).toBeVisible()
    await noteTitle()
    await result.getByRole('button', { name: 'Done' }).click()
    await page.getByRole('searchbox', { name: 'Search keys' }).fill(name)
    await rowOf(page, name)
      .getByRole('button', { name: `Actions for ${name}` })
      .click()
    await page.getByRole('menuitem', { name: 'View details', exact: true }).click()
    const details = page.getByRole('dialog', { name })
    await details.getByRole('button', { name: 'Reveal token' }).click()
    const shownToken = (await serverKeys(request, stack)).find((k) => k.tags[0] === name)?.token ?? ''
    await expect(details).toContainText(shownToken)
    await noteTitle()
    await page.keyboard.press('Escape')
    await rowOf(page, name)
      .getByRole('button', { name: `Actions for ${name}` })
      .click()
    await page.getByRole('menuitem', { name: 'Regenerate token', exact: true }).click()
    await page
      .getByRole('dialog', { name: `Regenerate the token of ${name}?` })
      .getByRole('button', { name: 'Regenerate token' })
      .click()
    const regenerated = page.getByRole('dialog', { name: `New token for ${name}` })
    await expect(regenerated.getByRole('textbox', { name: 'Token' })).not.toHaveValue('')
    await noteTitle()
    await regenerated.getByRole('button', { name: 'Done' }).click()
    await page.reload()
    await expect(keysTable(page)).toBeVisible()
    await noteTitle()

    // Every secret the server holds now, and those it held before the regenerate.
    const keys = await serverKeys(request, stack)
    const tokens = [...keys.map((k) => k.token), shownToken].filter((t) => t.length > 0)
    const values = keys.map((k) => k.value)
    expect(tokens.length).toBeGreaterThan(3)
    const secrets = [...tokens, ...values, stack.masterKey]

    // Signed in, the only thing stored is the session (with its token); no key data anywhere.
    const signedIn = await clientStorage(page)
    expect(Object.keys(signedIn.local).filter((k) => k !== 'theme')).toEqual([])
    expect(Object.keys(signedIn.session)).toEqual([SESSION_KEY])
    expect(JSON.parse(signedIn.session[SESSION_KEY] ?? '{}')).toMatchObject({ token: stack.masterKey })
    const storedElsewhere = JSON.stringify({ ...signedIn, session: {} })
    for (const secret of secrets) expect(storedElsewhere).not.toContain(secret)
    expect(signedIn.cookies).toBe('')
    expect(signedIn.indexedDb).toEqual([])
    expect(signedIn.caches).toEqual([])

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await noteTitle()
    const signedOut = await clientStorage(page)
    const afterSignOut = JSON.stringify(signedOut)
    for (const secret of secrets) expect(afterSignOut).not.toContain(secret)
    expect(Object.keys(signedOut.session)).toEqual([])

    // URLs, titles and console output never carry a token or a key value.
    expect(pageUrls.length).toBeGreaterThan(2)
    for (const secret of secrets) {
      for (const url of pageUrls) expect(url).not.toContain(secret)
      for (const title of titles) expect(title).not.toContain(secret)
      for (const line of consoleLines) expect(line).not.toContain(secret)
    }
    // API paths name keys by value (the server's routes), but no request URL carries a token or the master key.
    for (const secret of [...tokens, stack.masterKey]) {
      for (const { url } of requests) expect(url).not.toContain(encodeURIComponent(secret))
      for (const { url } of requests) expect(url).not.toContain(secret)
    }

    // The session token went only to the configured server (here: this origin, through nginx).
    const origin = new URL(page.url()).origin
    const authorized = requests.filter((r) => r.authorization !== undefined)
    expect(authorized.length).toBeGreaterThan(3)
    for (const r of authorized) {
      expect(new URL(r.url).origin).toBe(origin)
      expect(new URL(r.url).pathname).toMatch(/^\/api\//)
      expect(r.authorization).toBe(`Bearer ${stack.masterKey}`)
    }
  })
})
