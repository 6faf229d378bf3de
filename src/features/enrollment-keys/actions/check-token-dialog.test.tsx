import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderWithProviders } from '@/test/render'
import { loadSeededKeys } from '@/test/seeded-keys'

import { CheckTokenDialog } from './check-token-dialog'

async function renderCheck() {
  const { queryClient, keyNamed } = await loadSeededKeys()
  const opened: string[] = []
  const view = renderWithProviders(
    <CheckTokenDialog open onOpenChange={() => undefined} onOpenKey={(id) => opened.push(id)} />,
    {
      queryClient,
    },
  )
  const dialog = await screen.findByRole('dialog', { name: 'Check a token' })
  const box = within(dialog).getByRole('textbox', { name: 'Token or join command' })
  return { ...view, dialog, box, keyNamed, opened }
}

describe('CheckTokenDialog', () => {
  it('finds the key of a pasted join command, says it can be used, and opens it', async () => {
    const { user, dialog, box, keyNamed, opened } = await renderCheck()
    const key = keyNamed('staging-ci')
    await user.click(box)
    await user.paste(`sudo netclient join -t ${key.token}`)

    const status = within(dialog).getByRole('status')
    expect(status).toHaveTextContent('api.netmaker.demo')
    expect(status).toHaveTextContent('staging-ci')
    expect(status).toHaveTextContent('Can be used to join: 5 uses left')
    expect(status).not.toHaveTextContent(key.id)
    await user.click(within(dialog).getByRole('button', { name: 'Open key' }))
    expect(opened).toEqual([key.id])
  })

  it('says why a known key cannot be used, and warns about one running out', async () => {
    const { user, dialog, box, keyNamed } = await renderCheck()
    await user.click(box)
    await user.paste(keyNamed('ci-runners-used').token)
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Cannot be used to join: Every use of this key has been spent.',
    )

    await user.clear(box)
    await user.paste(keyNamed('single-use-kiosk').token)
    expect(within(dialog).getByRole('status')).toHaveTextContent('Only 1 use left.')
  })

  it('tells a deleted or regenerated key of this server from a token of another server', async () => {
    const { user, dialog, box } = await renderCheck()
    await user.click(box)
    await user.paste(btoa(JSON.stringify({ server: 'api.netmaker.demo', value: 'GONEGONEGONEGONEGONEGONEGONEGONE' })))
    expect(within(dialog).getByRole('status')).toHaveTextContent('No key of this server has this token')

    await user.clear(box)
    await user.paste(btoa(JSON.stringify({ server: 'vpn.other.example', value: 'ABCDEFGHABCDEFGHABCDEFGHABCDEFGH' })))
    const status = within(dialog).getByRole('status')
    expect(status).toHaveTextContent('Made for another server')
    expect(status).toHaveTextContent('vpn.other.example')
  })

  it('says clearly when what was pasted is not a token', async () => {
    const { user, dialog, box } = await renderCheck()
    await user.type(box, 'netclient join -t')
    expect(within(dialog).getByRole('status')).toHaveTextContent('No token found')
    await user.clear(box)
    await user.type(box, 'aGVsbG8gd29ybGQgdGhpcyBpcyBub3QgYSB0b2tlbg==')
    expect(within(dialog).getByRole('status')).toHaveTextContent('This is not an enrollment token')
  })
})
