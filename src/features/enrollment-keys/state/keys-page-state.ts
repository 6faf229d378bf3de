import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'

import type { FocusReturn } from '../lib/focus-return'

/**
 * The Keys page's interaction state, owned by one reducer: which dialog is open and for which key(s),
 * which keys are selected, and which key the details view shows. Views send events; nothing else
 * holds a copy of this state. (The list's view — search, filters, sort, page — lives in the URL.)
 */

/** The actions on one key, each with a dialog of its own. */
export type KeyAction = 'edit' | 'set-default' | 'regenerate' | 'delete' | 'renew' | 'clone'

export type OpenDialog =
  | { kind: KeyAction; key: EnrollmentKey }
  | { kind: 'bulk-delete'; keys: readonly EnrollmentKey[] }
  /** `restoreDraft`: reopen with what was typed when the session last ended. */
  | { kind: 'create'; restoreDraft: boolean }
  | { kind: 'export' }
  | { kind: 'check-token' }

/**
 * The key the details view shows, by id (the view reads it from the list, so it is always fresh). After a
 * regenerate the id changes before the list has the new key: until list data newer than `after` arrives,
 * the view shows `fallback` instead of closing.
 */
export type DetailsTarget = {
  id: string
  fallback: EnrollmentKey | null
  after: number
  /** Where focus goes back to when the details close. */
  focusReturn: FocusReturn | null
}

export type KeysPageState = {
  selected: ReadonlySet<string>
  details: DetailsTarget | null
  /** At most one dialog besides the details (which an action can open on top of). `seq` changes on every
   * opening, so a reopened dialog never shows the previous run's state. */
  dialog: (OpenDialog & { seq: number; focusReturn: FocusReturn | null }) | null
  /** How many dialogs have been opened: the next one's `seq`. */
  openings: number
}

export type KeysPageEvent =
  | { type: 'selection-toggled'; ids: readonly string[]; selected: boolean }
  | { type: 'selection-replaced'; ids: readonly string[] }
  | { type: 'details-opened'; id: string; focusReturn: FocusReturn | null }
  | { type: 'details-closed' }
  | { type: 'dialog-opened'; dialog: OpenDialog; focusReturn: FocusReturn | null }
  | { type: 'dialog-closed' }
  /** A key got a new id (regenerate token). `fallback` and `at`: what the details show until the list has it. */
  | { type: 'key-replaced'; oldId: string; newId: string; fallback: EnrollmentKey | null; at: number }
  | { type: 'keys-deleted'; ids: readonly string[] }

/** The state a page starts in; with `restoreDraft`, Create key opens with the draft a lost session left. */
export function initialKeysPageState(restoreDraft = false): KeysPageState {
  const state: KeysPageState = { selected: new Set(), details: null, dialog: null, openings: 0 }
  return restoreDraft ? openDialog(state, { kind: 'create', restoreDraft: true }, null) : state
}

function openDialog(state: KeysPageState, dialog: OpenDialog, focusReturn: FocusReturn | null): KeysPageState {
  const seq = state.openings + 1
  return { ...state, dialog: { ...dialog, seq, focusReturn }, openings: seq }
}

function withSelection(state: KeysPageState, selected: ReadonlySet<string>): KeysPageState {
  return selected === state.selected ? state : { ...state, selected }
}

/** The selection with `ids` added (`on`) or removed; the same set when nothing changes. */
function toggle(selected: ReadonlySet<string>, ids: readonly string[], on: boolean): ReadonlySet<string> {
  if (ids.every((id) => selected.has(id) === on)) return selected
  const next = new Set(selected)
  for (const id of ids) {
    if (on) next.add(id)
    else next.delete(id)
  }
  return next
}

export function keysPageReducer(state: KeysPageState, event: KeysPageEvent): KeysPageState {
  switch (event.type) {
    case 'selection-toggled':
      return withSelection(state, toggle(state.selected, event.ids, event.selected))
    case 'selection-replaced':
      return withSelection(state, new Set(event.ids))
    case 'details-opened':
      return { ...state, details: { id: event.id, fallback: null, after: 0, focusReturn: event.focusReturn } }
    case 'details-closed':
      return state.details ? { ...state, details: null } : state
    case 'dialog-opened':
      return openDialog(state, event.dialog, event.focusReturn)
    case 'dialog-closed':
      return state.dialog ? { ...state, dialog: null } : state
    case 'key-replaced': {
      const { oldId, newId } = event
      const selected = state.selected.has(oldId)
        ? toggle(toggle(state.selected, [oldId], false), [newId], true)
        : state.selected
      const details =
        state.details?.id === oldId
          ? { ...state.details, id: newId, fallback: event.fallback ?? state.details.fallback, after: event.at }
          : state.details
      return details === state.details ? withSelection(state, selected) : { ...state, selected, details }
    }
    case 'keys-deleted': {
      const gone = new Set(event.ids)
      const details = state.details && gone.has(state.details.id) ? null : state.details
      const next = withSelection(state, toggle(state.selected, event.ids, false))
      return details === next.details ? next : { ...next, details }
    }
  }
}
