import { afterEach, describe, expect, it } from 'vitest'

import { captureFocusReturn, captureFocusReturnForSelection, focusOrigin } from './focus-return'

function list(names: string[], selected: string[] = []) {
  document.body.innerHTML = `<ul>${names
    .map(
      (n) =>
        `<li data-key-row data-selected="${String(selected.includes(n))}"><button data-key-name>${n}</button><button id="${n}-actions">Actions for ${n}</button></li>`,
    )
    .join('')}</ul><button id="bulk">Delete</button>`
}
const button = (id: string) => document.getElementById(id) as HTMLElement
const nameOf = (n: string) =>
  [...document.querySelectorAll<HTMLElement>('[data-key-name]')].find((b) => b.textContent === n) as HTMLElement
const remove = (n: string) => nameOf(n).closest('li')?.remove()

afterEach(() => {
  document.body.innerHTML = ''
})

describe('captureFocusReturn', () => {
  it('returns to the opener while it is there', () => {
    list(['a', 'b', 'c'])
    button('b-actions').focus()
    const back = captureFocusReturn()
    document.body.focus()
    expect(back.restore()).toBe(true)
    expect(document.activeElement).toBe(button('b-actions'))
  })

  it('goes to the key that took the deleted one’s place, else the one before', () => {
    list(['a', 'b', 'c'])
    button('b-actions').focus()
    const back = captureFocusReturn()
    remove('b')
    expect(back.restore()).toBe(true)
    expect(document.activeElement).toBe(nameOf('c'))

    button('c-actions').focus()
    const last = captureFocusReturn()
    remove('c')
    last.restore()
    expect(document.activeElement).toBe(nameOf('a'))
  })

  it('tries the fallback before the neighbours', () => {
    list(['a', 'b'])
    button('a-actions').focus()
    const back = captureFocusReturn(focusOrigin(), () => button('b-actions'))
    remove('a')
    back.restore()
    expect(document.activeElement).toBe(button('b-actions'))
  })

  it('finds a menu’s trigger from an item of the menu', () => {
    document.body.innerHTML = `<button id="t">Actions</button><div role="menu" aria-labelledby="t"><div role="menuitem" tabindex="-1" id="i">Edit</div></div>`
    expect(focusOrigin(document.getElementById('i'))).toBe(button('t'))
  })
})

describe('captureFocusReturnForSelection', () => {
  it('goes to the row after the first selected one that stays', () => {
    list(['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'e'])
    button('bulk').focus()
    const back = captureFocusReturnForSelection()
    for (const n of ['b', 'c', 'e']) remove(n)
    button('bulk').remove()
    expect(back.restore()).toBe(true)
    expect(document.activeElement).toBe(nameOf('d'))
  })
})
