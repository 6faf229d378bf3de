import type { Locator, Page } from '@playwright/test'

import { DEMO_AUTHORIZATION } from './demo'
import { expect, expectNoAxeViolations, expectStep, type KeysTable, openApp, test, toReview } from './fixtures'

/** Open the Keys page (optionally with mock scenarios) and the Create key dialog. */
async function openCreate(page: Page, keys: KeysTable, scenario?: string[]) {
  await openApp(page, { scenario })
  await expect(keys.table).toBeVisible({ timeout: 20_000 })
  return reopenCreate(page)
}

async function reopenCreate(page: Page) {
  await page.getByRole('button', { name: 'Create key' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Create key' })
  await expect(dialog).toBeVisible()
  return dialog
}

async function next(dialog: Locator, toStep: string) {
  await dialog.getByRole('button', { name: 'Next' }).click()
  await expectStep(dialog, toStep)
}

type Details = { name: string; type?: 'Unlimited' | 'Limited number of uses' | 'Time-bound'; uses?: string }

async function fillDetails(dialog: Locator, { name, type = 'Unlimited', uses }: Details) {
  await dialog.getByLabel('Name', { exact: true }).fill(name)
  await dialog.getByRole('radio', { name: type }).click()
  if (uses !== undefined) await dialog.getByLabel('Number of uses', { exact: true }).fill(uses)
  if (type === 'Time-bound') await dialog.getByRole('button', { name: '7 days' }).click()
}

async function chooseNetworks(dialog: Locator, networks: string[]) {
  for (const network of networks) await dialog.getByRole('checkbox', { name: network, exact: true }).check()
}

/** Details, then the networks, then Next through Gateway and Tags (left as they are) to Review. */
async function walkToReview(dialog: Locator, details: Details, networks: string[]) {
  await fillDetails(dialog, details)
  await next(dialog, 'Networks')
  await chooseNetworks(dialog, networks)
  await next(dialog, 'Gateway')
  await next(dialog, 'Tags')
  await next(dialog, 'Review')
}

/** Create a key and return the token shown in the result; leaves the dialog open on the result. */
async function createAndSeeResult(page: Page, dialog: Locator) {
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const result = page.getByRole('dialog', { name: 'Key created' })
  await expect(result).toBeVisible()
  await expect(result.getByRole('button', { name: 'Copy token' })).toBeVisible()
  await expect(result.getByRole('button', { name: 'Copy join command' })).toBeVisible()
  await expect(result.getByText(/password manager/)).toBeVisible()
  // The one place the whole token is on screen (the commands below show it masked).
  const token = await result.getByText(/^[A-Za-z0-9+/]{20,}=*$/).textContent()
  return { result, token: token ?? '' }
}

/**
 * Tab (forwards) until `target` has focus, finding it again before each press (the stepper re-renders its
 * fields as they fill); fails after 40 presses.
 */
async function tabToEach(page: Page, target: Locator) {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('could not reach the element with Tab')
}

async function done(page: Page) {
  await page.getByRole('dialog', { name: 'Key created' }).getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
}

test.describe('Create key', () => {
  // Whole journeys through a five-step dialog: allow for slow shared machines.
  test.describe.configure({ timeout: 90_000 })

  test('creates an unlimited key and lists it as Unlimited', async ({ page, keys }) => {
    const dialog = await openCreate(page, keys)
    await fillDetails(dialog, { name: 'e2e unlimited' })
    await next(dialog, 'Networks')
    await chooseNetworks(dialog, ['private-mesh', 'zero-path'])
    await next(dialog, 'Gateway')
    await dialog.getByRole('switch', { name: 'Auto-select gateway' }).click()
    await next(dialog, 'Tags')
    await next(dialog, 'Review')
    await expect(
      dialog.getByText('Unlimited key for private-mesh and zero-path, gateway auto-selected, no tags.'),
    ).toBeVisible()
    const { token } = await createAndSeeResult(page, dialog)
    expect(token).toMatch(/^[A-Za-z0-9+/]+=*$/)
    await done(page)
    await expect(keys.row('e2e unlimited')).toContainText('Unlimited')
    await expect(keys.row('e2e unlimited')).toContainText('Auto-select')
  })

  test('creates a limited key and lists its uses left', async ({ page, keys }) => {
    const dialog = await openCreate(page, keys)
    await walkToReview(dialog, { name: 'e2e limited', type: 'Limited number of uses', uses: '5' }, ['netmaker'])
    await expect(dialog.getByText('Key for 5 uses for netmaker, no gateway, no tags.')).toBeVisible()
    await createAndSeeResult(page, dialog)
    await done(page)
    await expect(keys.row('e2e limited')).toContainText('5 uses left')
  })

  test('creates a time-bound key (7 days, browser time zone) and lists its expiry', async ({ page, keys }) => {
    const dialog = await openCreate(page, keys)
    await fillDetails(dialog, { name: 'e2e time bound', type: 'Time-bound' })
    await expect(dialog.getByText(/In your time zone \(Europe\/Berlin\)/)).toBeVisible()
    await next(dialog, 'Networks')
    await chooseNetworks(dialog, ['turbo-link'])
    await next(dialog, 'Gateway')
    await next(dialog, 'Tags')
    await next(dialog, 'Review')
    const typeRow = await dialog.getByText(/^Time-bound, until /).textContent()
    const until = (typeRow ?? '').replace('Time-bound, until ', '')
    expect(until).toMatch(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/)
    await createAndSeeResult(page, dialog)
    await done(page)
    await expect(keys.row('e2e time bound')).toContainText(`Until ${until}`)
  })

  test('multi-network key with a specific gateway; a gateway that no longer fits is cleared with a reason', async ({
    page,
    keys,
  }) => {
    const dialog = await openCreate(page, keys)
    await fillDetails(dialog, { name: 'e2e gateway' })
    await next(dialog, 'Networks')
    await chooseNetworks(dialog, ['private-mesh', 'zero-path'])
    await next(dialog, 'Gateway')
    // Only the relays of the chosen networks are offered.
    await expect(dialog.getByRole('radio', { name: 'relay-fra-01 (private-mesh)' })).toBeVisible()
    await expect(dialog.getByRole('radio', { name: 'relay-nyc-02 (zero-path)' })).toBeVisible()
    await expect(dialog.getByRole('radio', { name: 'relay-fra-01 (netmaker)' })).toHaveCount(0)
    await expect(dialog.getByRole('radio', { name: 'edge-gw-iot (iot-network)' })).toHaveCount(0)
    await dialog.getByRole('radio', { name: 'relay-nyc-02 (zero-path)' }).click()

    // Drop zero-path: the chosen gateway no longer fits.
    await dialog.getByRole('button', { name: 'Back' }).click()
    await expectStep(dialog, 'Networks')
    await dialog.getByRole('checkbox', { name: 'zero-path', exact: true }).uncheck()
    await next(dialog, 'Gateway')
    await expect(
      dialog.getByText(/relay-nyc-02 \(zero-path\) is no longer chosen: it is not in the selected networks/),
    ).toBeVisible()
    await expect(dialog.getByRole('radio', { name: 'No gateway' })).toBeChecked()

    // A network without relays says so.
    await dialog.getByRole('button', { name: 'Back' }).click()
    await dialog.getByRole('checkbox', { name: 'private-mesh', exact: true }).uncheck()
    await chooseNetworks(dialog, ['turbo-link'])
    await next(dialog, 'Gateway')
    await expect(dialog.getByText('No gateways in the selected networks.')).toBeVisible()

    await dialog.getByRole('button', { name: 'Back' }).click()
    await chooseNetworks(dialog, ['private-mesh', 'zero-path'])
    await next(dialog, 'Gateway')
    await dialog.getByRole('radio', { name: 'relay-fra-01 (private-mesh)' }).click()
    await next(dialog, 'Tags')
    await next(dialog, 'Review')
    await expect(
      dialog.getByText(
        'Unlimited key for private-mesh, turbo-link and zero-path, gateway relay-fra-01 (private-mesh), no tags.',
      ),
    ).toBeVisible()
    await createAndSeeResult(page, dialog)
    await done(page)
    const row = keys.row('e2e gateway')
    await expect(row).toContainText('relay-fra-01')
    await expect(row).toContainText('private-mesh')
    await expect(row).toContainText('turbo-link')
    await expect(row).toContainText('zero-path')
  })

  test('with tags of the selected networks, grouped by network', async ({ page, keys }) => {
    const dialog = await openCreate(page, keys)
    await fillDetails(dialog, { name: 'e2e tagged' })
    await next(dialog, 'Networks')
    await chooseNetworks(dialog, ['private-mesh', 'zero-path'])
    await next(dialog, 'Gateway')
    await next(dialog, 'Tags')
    const privateMesh = dialog.getByRole('group', { name: 'private-mesh' })
    const zeroPath = dialog.getByRole('group', { name: 'zero-path' })
    await expect(privateMesh.getByRole('checkbox')).toHaveCount(3) // db, gateways, web
    await expect(dialog.getByRole('group', { name: 'iot-network' })).toHaveCount(0)
    await privateMesh.getByRole('checkbox', { name: /^web/ }).check()
    await privateMesh.getByRole('checkbox', { name: /^db/ }).check()
    await zeroPath.getByRole('checkbox', { name: /^ops/ }).check()
    await next(dialog, 'Review')
    await expect(dialog.getByText(/tags: web, db, ops\.$/)).toBeVisible()
    await createAndSeeResult(page, dialog)
    await done(page)
    const row = keys.row('e2e tagged')
    await expect(row).toContainText('ops')
    await expect(row).toContainText('db')
  })

  test('as default: the previous default of that network loses its badge', async ({ page, keys }) => {
    await openApp(page)
    await expect(keys.row('private-mesh').getByText('Default', { exact: true })).toBeVisible({ timeout: 20_000 })
    const dialog = await reopenCreate(page)
    await fillDetails(dialog, { name: 'e2e new default' })
    await dialog.getByRole('checkbox', { name: 'Make this the default key for its networks' }).check()
    await next(dialog, 'Networks')
    await chooseNetworks(dialog, ['private-mesh'])
    await next(dialog, 'Gateway')
    await next(dialog, 'Tags')
    await next(dialog, 'Review')
    await expect(dialog.getByText(/default key for its networks\.$/)).toBeVisible()
    await createAndSeeResult(page, dialog)
    await done(page)
    await expect(keys.row('e2e new default').getByText('Default', { exact: true })).toBeVisible()
    await expect(keys.row('private-mesh').getByText('Default', { exact: true })).toHaveCount(0)
  })

  test('shows each validation message on its field, and Back keeps everything', async ({ page, keys }) => {
    const dialog = await openCreate(page, keys)
    const name = dialog.getByLabel('Name', { exact: true })

    await dialog.getByRole('button', { name: 'Next' }).click()
    await expectStep(dialog, 'Details')
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toHaveAccessibleDescription(/Enter a name/)
    await expect(name).toBeFocused()

    const cases: [string, string][] = [
      ['ab', 'Use at least 3 characters'],
      ['x'.repeat(33), 'Use at most 32 characters'],
      ['laptops!', 'Use only letters, digits, spaces, - and _'],
      ['office-laptops', 'A key named “office-laptops” already exists'],
      ['turbo-link', '“turbo-link” is the name of a network; choose another name'],
    ]
    for (const [value, message] of cases) {
      await name.fill(value)
      await name.blur()
      await expect(name).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    }
    // Checked as you type, without leaving the field.
    await name.fill('office-laptop')
    await name.pressSequentially('s')
    await expect(dialog.getByText('A key named “office-laptops” already exists')).toBeVisible()

    await name.fill('  e2e validated  ')
    await expect(name).not.toHaveAttribute('aria-invalid')

    await dialog.getByRole('radio', { name: 'Limited number of uses' }).click()
    const uses = dialog.getByLabel('Number of uses', { exact: true })
    const usesCases: [string, string][] = [
      ['', 'Enter the number of uses'],
      ['0', 'Enter a number from 1 to 1,000,000'],
      ['1000001', 'Enter a number from 1 to 1,000,000'],
      ['2.5', 'Enter a whole number'],
    ]
    for (const [value, message] of usesCases) {
      await uses.fill(value)
      await dialog.getByRole('button', { name: 'Next' }).click()
      await expectStep(dialog, 'Details')
      await expect(uses).toHaveAccessibleDescription(new RegExp(message))
      await expect(uses).toHaveAttribute('aria-invalid', 'true')
    }

    await dialog.getByRole('radio', { name: 'Time-bound' }).click()
    const expires = dialog.getByLabel('Expires at', { exact: true })
    await dialog.getByRole('button', { name: 'Next' }).click()
    await expect(expires).toHaveAccessibleDescription(/Choose when the key expires/)
    await expires.fill('2020-01-01T10:00')
    await dialog.getByRole('button', { name: 'Next' }).click()
    await expect(expires).toHaveAccessibleDescription(/Choose a time in the future/)
    await dialog.getByRole('button', { name: '30 days' }).click()
    await expect(expires).not.toHaveAttribute('aria-invalid')

    await next(dialog, 'Networks')
    await dialog.getByRole('button', { name: 'Next' }).click()
    await expectStep(dialog, 'Networks')
    await expect(dialog.getByText('Choose at least one network')).toBeVisible()
    await dialog.getByLabel('Filter networks', { exact: true }).fill('zero')
    await expect(dialog.getByRole('checkbox')).toHaveCount(1)
    await chooseNetworks(dialog, ['zero-path'])
    await dialog.getByLabel('Filter networks', { exact: true }).fill('nothing-like-this')
    await expect(dialog.getByText('No networks match “nothing-like-this”.')).toBeVisible()
    await next(dialog, 'Gateway')

    // Back keeps everything.
    await dialog.getByRole('button', { name: 'Back' }).click()
    await expect(dialog.getByText('1 selected: zero-path')).toBeVisible()
    await dialog.getByRole('button', { name: 'Back' }).click()
    await expectStep(dialog, 'Details')
    await expect(name).toHaveValue('  e2e validated  ')
    await expect(dialog.getByRole('radio', { name: 'Time-bound' })).toBeChecked()
    await expect(expires).not.toHaveValue('')
  })

  test('a duplicate name answered by the server lands on Name, keeping the other choices', async ({ page, keys }) => {
    // A v1.5 server refuses any name an existing key has (the newest line only checks network names).
    const dialog = await openCreate(page, keys, ['v1.5'])
    await fillDetails(dialog, { name: 'e2e race', type: 'Limited number of uses', uses: '3' })
    await next(dialog, 'Networks')
    await chooseNetworks(dialog, ['netmaker'])
    await toReview(dialog)

    // Meanwhile another administrator creates a key with the same name (the dialog's list is now stale).
    const status = await page.evaluate(async (authorization) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await fetch('/api/v1/enrollment-keys', {
          method: 'POST',
          headers: { Authorization: authorization, 'Content-Type': 'application/json' },
          body: JSON.stringify({
            tags: ['e2e race'],
            networks: ['netmaker'],
            uses_remaining: 0,
            expiration: 0,
            unlimited: true,
            relay: '',
            groups: [],
            auto_assign_gw: false,
          }),
        })
        if (response.ok) return response.status
      }
      return 0
    }, DEMO_AUTHORIZATION)
    expect(status).toBe(200)

    await dialog.getByRole('button', { name: 'Create key' }).click()
    await expectStep(dialog, 'Details')
    const name = dialog.getByLabel('Name', { exact: true })
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toBeFocused()
    await expect(name).toHaveAccessibleDescription(/already/)
    await expect(dialog.getByRole('radio', { name: 'Limited number of uses' })).toBeChecked()
    await expect(dialog.getByLabel('Number of uses', { exact: true })).toHaveValue('3')

    await name.fill('e2e race 2')
    await next(dialog, 'Networks')
    await expect(dialog.getByRole('checkbox', { name: 'netmaker', exact: true })).toBeChecked()
    await toReview(dialog)
    await createAndSeeResult(page, dialog)
    await done(page)
    await expect(keys.row('e2e race 2')).toContainText('3 uses left')
    await expect(keys.row('e2e race')).toHaveCount(1)
  })

  test('a server 500 on create shows the message on Review, keeps the values, and retrying creates one key', async ({
    page,
    keys,
  }) => {
    const dialog = await openCreate(page, keys, ['flaky'])
    // Which of the first creates the flaky scenario fails is not fixed: each attempt checks the failure if
    // it came, and exactly one must come.
    /* eslint-disable playwright/no-conditional-in-test, playwright/no-conditional-expect */
    let failures = 0
    for (let i = 1; i <= 3 && failures === 0; i++) {
      if (i > 1) await reopenCreate(page)
      await walkToReview(dialog, { name: `e2e flaky ${i}`, type: 'Limited number of uses', uses: '7' }, [
        'private-mesh',
      ])
      await dialog.getByRole('button', { name: 'Create key' }).click()
      const alert = dialog.getByRole('alert')
      const result = page.getByRole('dialog', { name: 'Key created' })
      await expect(alert.or(result)).toBeVisible()
      if (await alert.isVisible()) {
        failures += 1
        await expect(alert).toContainText('The server could not create the key')
        await expect(alert).toContainText('database is locked')
        await expectStep(dialog, 'Review')
        await expect(dialog.getByText(`Key for 7 uses for private-mesh, no gateway, no tags.`)).toBeVisible()
        await dialog.getByRole('button', { name: 'Create key' }).click()
        await expect(result).toBeVisible()
      }
      await done(page)
      await expect(keys.row(`e2e flaky ${i}`)).toHaveCount(1)
      await expect(keys.row(`e2e flaky ${i}`)).toContainText('7 uses left')
    }
    /* eslint-enable playwright/no-conditional-in-test, playwright/no-conditional-expect */
    expect(failures).toBe(1)
  })

  test('after a 500 from a server that saved the key anyway, the console finds that key instead of sending again', async ({
    page,
    keys,
  }) => {
    const creates: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/enrollment-keys') {
        creates.push(request.url())
      }
    })
    const dialog = await openCreate(page, keys, ['create-fails-after-save'])
    const name = 'e2e saved anyway'
    await walkToReview(dialog, { name }, ['zero-path'])
    await dialog.getByRole('button', { name: 'Create key' }).click()

    // The server did save it: the failure is followed by a look at the list, which finds that key and shows
    // it with its token, without sending the create again.
    const result = page.getByRole('dialog', { name: 'Key created' })
    await expect(result).toBeVisible()
    await expect(result.getByText(`“${name}” is ready`)).toBeVisible()
    await expect(result.getByText(/was not sent again/)).toBeVisible()
    // The whole token is shown once, on the result (the install commands show it masked).
    await expect(result.getByText(/^[A-Za-z0-9+/]{20,}=*$/)).toBeVisible()
    expect(creates).toHaveLength(1)
    await done(page)
    await expect(keys.row(name)).toHaveCount(1)
  })

  test('a stalled server: the dialog says it is creating, cannot send twice, and shows the key once made', async ({
    page,
    keys,
    mock,
  }) => {
    const creates: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/enrollment-keys') {
        creates.push(request.url())
      }
    })
    const dialog = await openCreate(page, keys)
    await walkToReview(dialog, { name: 'e2e stalled' }, ['iot-network'])
    await mock.hold()
    await dialog.getByRole('button', { name: 'Create key' }).click()
    const busy = dialog.getByRole('button', { name: 'Creating…' })
    await expect(busy).toBeVisible()
    await expect(
      dialog.getByRole('status').filter({ hasText: 'Creating the key… waiting for the server.' }),
    ).toBeVisible()
    // eslint-disable-next-line playwright/no-force-option -- clicking the disabled button must do nothing
    await busy.click({ force: true })
    await page.keyboard.press('Enter')
    // eslint-disable-next-line playwright/no-force-option -- clicking the disabled button must do nothing
    await busy.click({ force: true })

    // Still responsive: Cancel asks before leaving, and "Keep editing" returns to the waiting form.
    const cancel = dialog.getByRole('button', { name: 'Cancel' })
    await cancel.click()
    const confirm = page.getByRole('alertdialog', { name: 'Discard this key?' })
    await expect(confirm).toContainText('still creating')
    await confirm.getByRole('button', { name: 'Keep editing' }).click()
    await expect(confirm).toHaveCount(0)
    await expect(cancel).toBeFocused()
    await expect(busy).toBeVisible()

    // Asked again, and the server answers meanwhile: the question goes, the new key's token shows.
    await cancel.click()
    await expect(confirm).toContainText('still creating')
    expect(await mock.release()).toBeGreaterThanOrEqual(1)
    await expect(confirm).toHaveCount(0)
    const result = page.getByRole('dialog', { name: 'Key created' })
    await expect(result).toBeVisible()
    await expect(result.getByText('“e2e stalled” is ready')).toBeVisible()
    await done(page)
    await expect(keys.row('e2e stalled')).toHaveCount(1)
    expect(creates).toHaveLength(1)
  })

  test('community server: the tags step is skipped and explained', async ({ page, keys }) => {
    const dialog = await openCreate(page, keys, ['community'])
    await expect(dialog.getByRole('navigation', { name: 'Steps' })).toContainText('Tags(skipped)')
    await fillDetails(dialog, { name: 'e2e community' })
    await next(dialog, 'Networks')
    await chooseNetworks(dialog, ['private-mesh'])
    await next(dialog, 'Gateway')
    await next(dialog, 'Review')
    await expect(dialog.getByText('Step 4 of 4: Check the key before it is created.')).toBeVisible()
    await expect(dialog.getByText('Tags need Netmaker Pro; this server does not have them.')).toBeVisible()
    await expect(dialog.getByText('Unlimited key for private-mesh, no gateway.')).toBeVisible()
    await dialog.getByRole('button', { name: 'Back' }).click()
    await expectStep(dialog, 'Gateway')
    await next(dialog, 'Review')
    await createAndSeeResult(page, dialog)
    await done(page)
    await expect(keys.row('e2e community')).toContainText('Unlimited')
  })

  test('v1.5 server: the default checkbox is not offered', async ({ page, keys }) => {
    const dialog = await openCreate(page, keys, ['v1.5'])
    await expect(dialog.getByLabel('Name', { exact: true })).toBeVisible()
    await expect(dialog.getByRole('checkbox', { name: 'Make this the default key for its networks' })).toHaveCount(0)
  })

  test('asks before discarding a form with changes; closes at once when untouched', async ({ page, keys }) => {
    let dialog = await openCreate(page, keys)
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)

    dialog = await reopenCreate(page)
    await dialog.getByLabel('Name', { exact: true }).fill('e2e discard')
    await page.keyboard.press('Escape')
    const confirm = page.getByRole('alertdialog', { name: 'Discard this key?' })
    await expect(confirm).toBeVisible()
    await confirm.getByRole('button', { name: 'Keep editing' }).click()
    await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('e2e discard')

    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(confirm).toBeVisible()
    // Escape belongs to the question once it has focus (it focuses "Keep editing" when it opens).
    await expect(confirm.getByRole('button', { name: 'Keep editing' })).toBeFocused()
    // Pressed again only while the question is still up (on a busy machine the first press can land
    // before its focus trap is ready); an Escape that reaches the form asks the question again.
    await expect(async () => {
      if ((await confirm.count()) > 0) await page.keyboard.press('Escape')
      await expect(confirm).toHaveCount(0, { timeout: 1_000 })
    }).toPass({ timeout: 10_000 })
    await expect(dialog).toBeVisible()

    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await confirm.getByRole('button', { name: 'Discard' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(keys.row('e2e discard')).toHaveCount(0)

    // A new opening starts empty.
    dialog = await reopenCreate(page)
    await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('')
  })

  test('can be completed with the keyboard only', async ({ page, keys }) => {
    await openApp(page)
    await expect(keys.table).toBeVisible({ timeout: 20_000 })
    const tabTo = (target: Locator) => tabToEach(page, target)
    await tabTo(page.getByRole('button', { name: 'Create key' }).first())
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Create key' })
    await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused()
    await page.keyboard.type('e2e keyboard')
    await tabTo(dialog.getByRole('radio', { name: 'Unlimited' }))
    await page.keyboard.press('ArrowDown') // Limited number of uses: selection follows focus
    await expect(dialog.getByRole('radio', { name: 'Limited number of uses' })).toBeChecked()
    await tabTo(dialog.getByLabel('Number of uses', { exact: true }))
    await page.keyboard.type('12')
    await page.keyboard.press('Enter') // submits the step
    await expectStep(dialog, 'Networks')

    await tabTo(dialog.getByLabel('Filter networks', { exact: true }))
    await page.keyboard.type('iot')
    await tabTo(dialog.getByRole('checkbox', { name: 'iot-network' }))
    await page.keyboard.press('Space')
    await expect(dialog.getByRole('checkbox', { name: 'iot-network' })).toBeChecked()
    await tabTo(dialog.getByRole('button', { name: 'Next' }))
    await page.keyboard.press('Enter')
    await expectStep(dialog, 'Gateway')

    await tabTo(dialog.getByRole('radio', { name: 'No gateway' }))
    await page.keyboard.press('ArrowDown')
    await expect(dialog.getByRole('radio', { name: 'edge-gw-iot (iot-network)' })).toBeChecked()
    await tabTo(dialog.getByRole('button', { name: 'Next' }))
    await page.keyboard.press('Enter')
    await expectStep(dialog, 'Tags')

    await tabTo(dialog.getByRole('checkbox', { name: /^sensors/ }))
    await page.keyboard.press('Space')
    await tabTo(dialog.getByRole('button', { name: 'Next' }))
    await page.keyboard.press('Enter')
    await expectStep(dialog, 'Review')
    await expect(
      dialog.getByText('Key for 12 uses for iot-network, gateway edge-gw-iot (iot-network), tags: sensors.'),
    ).toBeVisible()

    await tabTo(dialog.getByRole('button', { name: 'Create key' }))
    await page.keyboard.press('Enter')
    const result = page.getByRole('dialog', { name: 'Key created' })
    await expect(result).toBeVisible()
    await tabTo(result.getByRole('button', { name: 'Done' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(keys.row('e2e keyboard')).toContainText('12 uses left')
  })

  test('every step, the errors, the discard question and the result pass axe', async ({ page, keys }) => {
    const dialog = await openCreate(page, keys)
    await expectNoAxeViolations(page, '[role="dialog"]')
    await dialog.getByRole('button', { name: 'Next' }).click()
    await expect(dialog.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true')
    await expectNoAxeViolations(page, '[role="dialog"]')

    await fillDetails(dialog, { name: 'e2e axe', type: 'Time-bound' })
    await dialog.getByRole('checkbox', { name: 'Make this the default key for its networks' }).check()
    await expectNoAxeViolations(page, '[role="dialog"]')
    await dialog.getByRole('radio', { name: 'Limited number of uses' }).click()
    await dialog.getByLabel('Number of uses', { exact: true }).fill('0')
    await dialog.getByRole('button', { name: 'Next' }).click()
    await expectNoAxeViolations(page, '[role="dialog"]')
    await dialog.getByLabel('Number of uses', { exact: true }).fill('2')

    await next(dialog, 'Networks')
    await dialog.getByRole('button', { name: 'Next' }).click()
    await expect(dialog.getByText('Choose at least one network')).toBeVisible()
    await expectNoAxeViolations(page, '[role="dialog"]')
    await chooseNetworks(dialog, ['private-mesh', 'zero-path'])
    await next(dialog, 'Gateway')
    await dialog.getByRole('radio', { name: 'relay-nyc-02 (zero-path)' }).click()
    await expectNoAxeViolations(page, '[role="dialog"]')
    await dialog.getByRole('button', { name: 'Back' }).click()
    await dialog.getByRole('checkbox', { name: 'zero-path', exact: true }).uncheck()
    await next(dialog, 'Gateway')
    await expect(dialog.getByText(/is no longer chosen/)).toBeVisible()
    await expectNoAxeViolations(page, '[role="dialog"]')
    await dialog.getByRole('switch', { name: 'Auto-select gateway' }).click()
    await expectNoAxeViolations(page, '[role="dialog"]')

    await next(dialog, 'Tags')
    await dialog.getByRole('checkbox', { name: /^web/ }).check()
    await expectNoAxeViolations(page, '[role="dialog"]')
    await next(dialog, 'Review')
    await expectNoAxeViolations(page, '[role="dialog"]')

    await page.keyboard.press('Escape')
    await expect(page.getByRole('alertdialog', { name: 'Discard this key?' })).toBeVisible()
    await expectNoAxeViolations(page, '[role="alertdialog"]')
    await page.getByRole('button', { name: 'Keep editing' }).click()

    await createAndSeeResult(page, dialog)
    await expectNoAxeViolations(page, '[role="dialog"]')
  })
})
