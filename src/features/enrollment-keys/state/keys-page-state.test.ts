import { describe, expect, it } from 'vitest'

import { makeKey } from '@/test/factories'

import { initialKeysPageState, type KeysPageEvent, keysPageReducer, type KeysPageState } from './keys-page-state'

function run(...events: KeysPageEvent[]): KeysPageState {
  return events.reduce(keysPageReducer, initialKeysPageState())
}

describe('keysPageReducer', () => {
  it('toggles one or many keys in the selection, and replaces it', () => {
    const state = run(
      { type: 'selection-toggled', ids: ['a', 'b', 'c'], selected: true },
      { type: 'selection-toggled', ids: ['b'], selected: false },
    )
    expect([...state.selected]).toEqual(['a', 'c'])
    expect([...keysPageReducer(state, { type: 'selection-replaced', ids: ['d'] }).selected]).toEqual(['d'])
    // Nothing to change: the same state, so nothing re-renders.
    expect(keysPageReducer(state, { type: 'selection-toggled', ids: ['a'], selected: true })).toBe(state)
  })

  it('numbers every opening, so a reopened dialog starts afresh', () => {
    const key = makeKey()
    const first = run({ type: 'dialog-opened', dialog: { kind: 'edit', key }, focusReturn: null })
    const second = keysPageReducer(keysPageReducer(first, { type: 'dialog-closed' }), {
      type: 'dialog-opened',
      dialog: { kind: 'edit', key },
      focusReturn: null,
    })
    expect(first.dialog?.kind).toBe('edit')
    expect(second.dialog?.kind).toBe('edit')
    expect(second.dialog?.seq).not.toBe(first.dialog?.seq)
  })

  it('keeps the details open under an action dialog, and closes each on its own', () => {
    const key = makeKey({ id: 'a' })
    const both = run(
      { type: 'details-opened', id: 'a', focusReturn: null },
      { type: 'dialog-opened', dialog: { kind: 'delete', key }, focusReturn: null },
    )
    expect(both.details?.id).toBe('a')
    expect(both.dialog?.kind).toBe('delete')
    const dialogClosed = keysPageReducer(both, { type: 'dialog-closed' })
    expect(dialogClosed.dialog).toBeNull()
    expect(dialogClosed.details?.id).toBe('a')
    expect(keysPageReducer(dialogClosed, { type: 'details-closed' }).details).toBeNull()
  })

  it('opens Create key at once when a draft is to be restored', () => {
    expect(initialKeysPageState().dialog).toBeNull()
    expect(initialKeysPageState(true).dialog).toMatchObject({ kind: 'create', restoreDraft: true })
  })

  it('follows a replaced key: the selection and the details move to its new id', () => {
    const old = makeKey({ id: 'old' })
    const state = run(
      { type: 'selection-toggled', ids: ['old', 'other'], selected: true },
      { type: 'details-opened', id: 'old', focusReturn: null },
      { type: 'key-replaced', oldId: 'old', newId: 'new', fallback: old, at: 42 },
    )
    expect([...state.selected].sort()).toEqual(['new', 'other'])
    expect(state.details).toEqual({ id: 'new', fallback: old, after: 42, focusReturn: null })
    // A key the page is not following changes nothing.
    expect(keysPageReducer(state, { type: 'key-replaced', oldId: 'x', newId: 'y', fallback: null, at: 1 })).toBe(state)
  })

  it('forgets deleted keys: out of the selection, details closed', () => {
    const state = run(
      { type: 'selection-toggled', ids: ['a', 'b'], selected: true },
      { type: 'details-opened', id: 'a', focusReturn: null },
      { type: 'keys-deleted', ids: ['a'] },
    )
    expect([...state.selected]).toEqual(['b'])
    expect(state.details).toBeNull()
    // Deleting a key the details do not show leaves them open.
    const open = run({ type: 'details-opened', id: 'a', focusReturn: null }, { type: 'keys-deleted', ids: ['b'] })
    expect(open.details?.id).toBe('a')
  })
})
