import { fireEvent, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'

import { server } from '@/mocks/node'
import { makeKey } from '@/test/factories'
import { renderWithProviders } from '@/test/render'

import { DeleteKeyDialog } from './delete-key-dialog'

describe('DeleteKeyDialog', () => {
  it('sends one delete for a double click that lands before the button is disabled', async () => {
    const key = makeKey({ id: 'KEYVALUE234567ABCDEFGHIJKLMNOPQR', name: 'twice-clicked', isDefault: false })
    let deletes = 0
    server.use(
      http.delete('*/api/v1/enrollment-keys/:value', () => {
        deletes += 1
        return new HttpResponse(null, { status: 200 })
      }),
    )
    const onKeyDeleted = vi.fn()
    renderWithProviders(<DeleteKeyDialog keyItem={key} open onOpenChange={() => {}} onKeyDeleted={onKeyDeleted} />)
    const button = await screen.findByRole('button', { name: 'Delete key' })
    // Two clicks in one task: React has no chance to re-render (and disable the button) in between.
    fireEvent.click(button)
    fireEvent.click(button)
    await waitFor(() => expect(onKeyDeleted).toHaveBeenCalledWith(key.id))
    expect(deletes).toBe(1)
  })
})
