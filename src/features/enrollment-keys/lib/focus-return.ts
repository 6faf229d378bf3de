/**
 * Where keyboard focus goes when a dialog closes: back to the control that opened it, or — when that
 * control is gone because its key was deleted — to the nearest key still listed (the one that took its
 * place, else the one before). Rows and cards mark themselves with `data-key-row` (and `data-selected`
 * when selected); each one's name button carries `data-key-name`.
 */
export type FocusReturn = {
  /** Focus what was captured, or the nearest row; true when something took focus. */
  restore: () => boolean
}

const ROW = '[data-key-row]'
const NAME = '[data-key-name]'

/** The element an action was started from: a menu's trigger when started from a menu item. */
export function focusOrigin(active: Element | null = document.activeElement): HTMLElement | null {
  if (!(active instanceof HTMLElement)) return null
  const menu = active.closest('[role="menu"]')
  const triggerId = menu?.getAttribute('aria-labelledby')
  const trigger = triggerId ? document.getElementById(triggerId) : null
  return trigger ?? active
}

function siblingsOf(row: Element, skip: (el: Element) => boolean): HTMLElement[] {
  const after: HTMLElement[] = []
  const before: HTMLElement[] = []
  for (let el = row.nextElementSibling; el; el = el.nextElementSibling) {
    if (el instanceof HTMLElement && el.matches(ROW) && !skip(el)) after.push(el)
  }
  for (let el = row.previousElementSibling; el; el = el.previousElementSibling) {
    if (el instanceof HTMLElement && el.matches(ROW) && !skip(el)) before.push(el)
  }
  return [...after, ...before]
}

function focusFirst(candidates: readonly (HTMLElement | null | undefined)[]): boolean {
  for (const candidate of candidates) {
    if (candidate?.isConnected) {
      candidate.focus()
      if (document.activeElement === candidate) return true
    }
  }
  return false
}

function nameButtonOf(row: HTMLElement): HTMLElement | null {
  return row.querySelector<HTMLElement>(NAME)
}

/**
 * Remember where focus is now (the opener), and the rows around it. `fallback` is tried after the
 * opener and before the neighbours, e.g. a key's actions button found again by name after its row
 * re-mounted with a new id.
 */
export function captureFocusReturn(
  opener: HTMLElement | null = focusOrigin(),
  fallback?: () => HTMLElement | null,
): FocusReturn {
  const row = opener?.closest(ROW)
  const neighbours = row ? siblingsOf(row, () => false) : []
  return {
    restore: () => focusFirst([opener, fallback?.(), ...neighbours.map(nameButtonOf)]),
  }
}

/**
 * For deleting the selected keys: the opener (the bulk Delete button) goes away with the selection, so
 * focus goes to the row after the first selected one that is not itself being deleted, else before it.
 */
export function captureFocusReturnForSelection(opener: HTMLElement | null = focusOrigin()): FocusReturn {
  const first = document.querySelector(`${ROW}[data-selected="true"]`)
  const neighbours = first ? siblingsOf(first, (el) => el.getAttribute('data-selected') === 'true') : []
  return {
    restore: () => focusFirst([opener, ...neighbours.map(nameButtonOf)]),
  }
}
