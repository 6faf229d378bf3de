import { expect, signInWithMasterKey, test } from './fixtures'

/** What deploy/nginx.conf promises on every answer (values as shipped). */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
}

function expectStrictCsp(csp: string | undefined, connectSrc = "'self'") {
  expect(csp).toBeDefined()
  const directives = new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  )
  expect(directives.get('default-src')).toBe("'self'")
  expect(directives.get('script-src')).toBe("'self'")
  expect(directives.get('object-src')).toBe("'none'")
  expect(directives.get('base-uri')).toBe("'self'")
  expect(directives.get('frame-ancestors')).toBe("'none'")
  expect(directives.get('connect-src')).toBe(connectSrc)
  expect(directives.get('style-src')).toMatch(/^'self' 'nonce-[0-9a-f]{32}'$/)
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).not.toContain('unsafe-eval')
}

test.describe('the nginx deployment (deploy/nginx.conf)', () => {
  test('every answer carries the security headers; caching fits each kind of file', async ({ request, page }) => {
    // index.html, at the root and as the history fallback of a deep link.
    for (const path of ['/', '/keys', '/keys/some/deep/link']) {
      const res = await request.get(path)
      expect(res.status(), path).toBe(200)
      const headers = res.headers()
      expect(headers['content-type']).toContain('text/html')
      expect(headers['cache-control']).toBe('no-cache')
      expectStrictCsp(headers['content-security-policy'])
      expect(headers).toMatchObject(SECURITY_HEADERS)
      expect(headers['permissions-policy']).toContain('camera=()')
      expect(headers['server']).toBe('nginx')
      expect(await res.text()).toContain('<div id="root"></div>')
    }

    // The hashed bundle the page loads: cached for a year; the unhashed theme script is revalidated.
    await page.goto('/')
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? ''))
    const bundle = scripts.find((src) => src.startsWith('/assets/'))
    expect(bundle).toBeDefined()
    const asset = await request.get(bundle ?? '')
    expect(asset.status()).toBe(200)
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(asset.headers()['content-type']).toContain('javascript')
    expect(asset.headers()).toMatchObject(SECURITY_HEADERS)
    expect(scripts).toContain('/theme-init.js')
    expect((await request.get('/theme-init.js')).headers()['cache-control']).toBe('no-cache')

    // A missing hashed asset is a 404 (never index.html served as JavaScript), and not cached.
    const missing = await request.get('/assets/index-missing.js')
    expect(missing.status()).toBe(404)
    expect(missing.headers()['cache-control']).toBeUndefined()
    expectStrictCsp(missing.headers()['content-security-policy'])

    // The API through the proxy: never cached, headers on errors too.
    const status = await request.get('/api/server/status')
    expect(status.status()).toBe(200)
    expect(status.headers()['cache-control']).toBe('no-store')
    expect(((await status.json()) as { version: string }).version).toMatch(/^v\d+\.\d+\.\d+/)
    const denied = await request.get('/api/v1/enrollment-keys')
    expect(denied.status()).toBe(401)
    expect(denied.headers()).toMatchObject(SECURITY_HEADERS)
    expectStrictCsp(denied.headers()['content-security-policy'])
  })

  test('each answer of the page has its own style nonce, in the CSP header and in the page alike', async ({
    request,
  }) => {
    const nonces: string[] = []
    for (const path of ['/', '/keys', '/index.html']) {
      const res = await request.get(path)
      const fromHeader = /'nonce-([0-9a-f]{32})'/.exec(res.headers()['content-security-policy'] ?? '')?.[1]
      const fromPage = /<meta name="csp-nonce" content="([^"]*)"/.exec(await res.text())?.[1]
      expect(fromHeader, path).toBeDefined()
      expect(fromPage, path).toBe(fromHeader)
      // No validator: a 304 would bring back a page whose nonce the new header no longer allows.
      expect(res.headers()['etag'], path).toBeUndefined()
      expect(res.headers()['last-modified'], path).toBeUndefined()
      nonces.push(fromHeader ?? '')
    }
    expect(new Set(nonces).size).toBe(nonces.length)
  })

  test('the built page has no inline script, style element or event handler for the CSP to refuse', async ({
    request,
  }) => {
    const html = await (await request.get('/')).text()
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs = '', body = '']) => !/\bsrc=/.test(attrs) && body.trim() !== '',
    )
    expect(inlineScripts).toEqual([])
    expect(html).not.toMatch(/<style\b/)
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })

  test('the violation listener works: an injected inline script is refused and reported', async ({
    page,
    stack,
    cspViolations,
  }) => {
    test.info().annotations.push({ type: 'expects-csp-violation', description: 'this test provokes one on purpose' })
    await signInWithMasterKey(page, stack)
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.head.append(script)
      await new Promise((ok) => setTimeout(ok, 100))
      return (window as unknown as { __injected?: boolean }).__injected === true
    })
    expect(ran).toBe(false)
    await expect.poll(() => cspViolations.map((v) => v.directive)).toContain('script-src-elem')
  })
})
