import {
  expect,
  faults,
  openCreateAtReview,
  rowOf,
  serverKeys,
  signInWithMasterKey,
  test,
  uniqueName,
} from './fixtures'

/**
 * Faults a healthy server cannot show, made by the fault proxy between nginx and the real server
 * (tests/nginx/fault-proxy.ts): an answer lost after the server saved, and a server that stalls.
 */
test.describe('faults through nginx, on a real Netmaker server', () => {
  test.afterEach(async ({ request, stack }) => {
    const control = faults(request, stack)
    await control.release()
    await control.reset()
  })

  test('a create whose answer is lost after the server saved it: the console finds that key, never makes a second one', async ({
    page,
    stack,
    request,
  }) => {
    const control = faults(request, stack)
    const creates: string[] = []
    page.on('request', (req) => {
      if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/v1/enrollment-keys') creates.push(req.url())
    })
    await signInWithMasterKey(page, stack)
    const name = uniqueName('dropped-answer')
    const dialog = await openCreateAtReview(page, { name })
    await control.dropNextCreate()
    await dialog.getByRole('button', { name: 'Create key' }).click()

    // The answer never came (nginx says the server did not answer the proxy), but the server saved the key:
    // the console looks at the list before anything else, finds that key and shows it, without sending again.
    const result = page.getByRole('dialog', { name: 'Key created' })
    await expect(result.getByText(`“${name}” is ready`)).toBeVisible()
    await expect(result.getByText(/was not sent again/)).toBeVisible()
    expect((await control.state()).dropped).toBe(1)
    const token = (await result.getByText(/^[A-Za-z0-9+/]{20,}=*$/).textContent()) ?? ''
    const onServer = (await serverKeys(request, stack)).filter((k) => k.tags[0] === name)
    expect(onServer).toHaveLength(1)
    expect(token).toBe(onServer[0]?.token)
    expect(creates).toHaveLength(1)
    await result.getByRole('button', { name: 'Done' }).click()
    await expect(rowOf(page, name)).toHaveCount(1)
  })

  test('a stalled server: progress shows at once, a double click sends one create, the key appears once answered', async ({
    page,
    stack,
    request,
  }) => {
    const control = faults(request, stack)
    await signInWithMasterKey(page, stack)
    const name = uniqueName('stalled')
    const dialog = await openCreateAtReview(page, { name })
    await control.hold()
    await dialog.getByRole('button', { name: 'Create key' }).dblclick()
    const busy = dialog.getByRole('button', { name: 'Creating…' })
    await expect(busy).toBeVisible()
    await expect(busy).toBeDisabled()
    await expect(
      dialog.getByRole('status').filter({ hasText: 'Creating the key… waiting for the server.' }),
    ).toBeVisible()
    await page.keyboard.press('Enter')
    // eslint-disable-next-line playwright/no-force-option -- clicking the disabled button must do nothing
    await busy.click({ force: true })
    // One create is waiting at the proxy; the server has not seen it.
    await expect.poll(async () => (await control.state()).heldRequests).toEqual(['POST /api/v1/enrollment-keys'])
    expect((await serverKeys(request, stack)).some((k) => k.tags[0] === name)).toBe(false)

    expect((await control.release()).released).toBe(1)
    const result = page.getByRole('dialog', { name: 'Key created' })
    await expect(result.getByText(`“${name}” is ready`)).toBeVisible()
    await result.getByRole('button', { name: 'Done' }).click()
    await expect(rowOf(page, name)).toHaveCount(1)
    expect((await serverKeys(request, stack)).filter((k) => k.tags[0] === name)).toHaveLength(1)
  })

  test('a stalled delete shows progress and cannot be sent twice', async ({ page, stack, request }) => {
    const control = faults(request, stack)
    await signInWithMasterKey(page, stack)
    const name = uniqueName('stalled-delete')
    const dialog = await openCreateAtReview(page, { name })
    await dialog.getByRole('button', { name: 'Create key' }).click()
    await page.getByRole('dialog', { name: 'Key created' }).getByRole('button', { name: 'Done' }).click()

    await rowOf(page, name)
      .getByRole('button', { name: `Actions for ${name}` })
      .click()
    await page.getByRole('menuitem', { name: 'Delete', exact: true }).click()
    const confirm = page.getByRole('alertdialog', { name: `Delete key ${name}?` })
    await control.hold()
    await confirm.getByRole('button', { name: 'Delete key' }).dblclick()
    const deletes = async () => (await control.state()).heldRequests.filter((r) => r.startsWith('DELETE '))
    await expect.poll(deletes).toHaveLength(1)
    // eslint-disable-next-line playwright/no-force-option -- clicking the disabled (busy) button must do nothing
    await confirm.getByRole('button', { name: /Delet/ }).click({ force: true })
    expect(await deletes()).toHaveLength(1)
    await control.release()
    await expect(page.getByRole('status').filter({ hasText: `Deleted key ${name}` })).toBeVisible()
    expect((await serverKeys(request, stack)).some((k) => k.tags[0] === name)).toBe(false)
  })
})
