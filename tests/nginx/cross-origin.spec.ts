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

/**
 * The cross-origin layout: nginx serves the console only (deploy/nginx.conf without the /api/ proxy, the
 * API's origin added to connect-src) and the browser calls the Netmaker server on its own origin. The
 * server allows the console's origin with CORS_ALLOWED_ORIGIN; the preflights here are real.
 */
test.describe('console and API on different origins', () => {
  test('the CSP allows exactly the console and the API; the server allows the console by CORS, no one else', async ({
    request,
    stack,
    baseURL,
  }) => {
    const page = await request.get('/keys')
    const csp = page.headers()['content-security-policy'] ?? ''
    expect(csp).toContain(`connect-src 'self' ${stack.apiUrl};`)

    const preflight = (origin: string) =>
      request.fetch(`${stack.apiUrl}/api/v1/enrollment-keys`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      })
    const allowed = await preflight(baseURL ?? '')
    expect(allowed.headers()['access-control-allow-origin']).toBe(baseURL)
    expect(allowed.headers()['access-control-allow-headers']?.toLowerCase()).toContain('authorization')
    const other = await preflight('https://elsewhere.example')
    expect(other.headers()['access-control-allow-origin']).toBeUndefined()
  })

  test('sign in with the server URL, list, create and delete a key across origins', async ({
    page,
    stack,
    request,
  }) => {
    test.setTimeout(120_000)
    const crossOriginCalls: string[] = []
    const tokenSentTo = new Set<string>()
    page.on('request', async (req) => {
      if ((await req.allHeaders())['authorization']) tokenSentTo.add(new URL(req.url()).origin)
      if (req.url().startsWith(stack.apiUrl)) crossOriginCalls.push(`${req.method()} ${new URL(req.url()).pathname}`)
    })
    await signInWithMasterKey(page, stack, stack.apiUrl)
    await expect(rowOf(page, 'office-laptops')).toBeVisible()
    expect(crossOriginCalls).toContain('GET /api/v1/enrollment-keys')

    const name = uniqueName('cross-origin')
    const dialog = await openCreateAtReview(page, { name })
    await dialog.getByRole('button', { name: 'Create key' }).click()
    const result = page.getByRole('dialog', { name: 'Key created' })
    await expect(result.getByText(`“${name}” is ready`)).toBeVisible()
    await result.getByRole('button', { name: 'Done' }).click()
    await expect(rowOf(page, name)).toBeVisible()
    expect((await serverKeys(request, stack)).filter((k) => k.tags[0] === name)).toHaveLength(1)

    await rowOf(page, name)
      .getByRole('button', { name: `Actions for ${name}` })
      .click()
    await page.getByRole('menuitem', { name: 'Delete', exact: true }).click()
    await page
      .getByRole('alertdialog', { name: `Delete key ${name}?` })
      .getByRole('button', { name: 'Delete key' })
      .click()
    await expect(rowOf(page, name)).toHaveCount(0)
    await expect(keysTable(page)).toBeVisible()
    expect(crossOriginCalls).toEqual(expect.arrayContaining(['POST /api/v1/enrollment-keys']))
    // The row leaves at once (optimistically); the request itself may still be on its way.
    await expect
      .poll(() => crossOriginCalls.some((call) => call.startsWith('DELETE /api/v1/enrollment-keys/')))
      .toBe(true)
    // The session token went to the configured server only, never to the console's own origin.
    expect([...tokenSentTo]).toEqual([stack.apiUrl])
  })
})
