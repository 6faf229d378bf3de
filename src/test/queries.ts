import { within } from '@testing-library/react'

/** The row of `table` whose button (a key's name) is `name`: a string matches the accessible name, a
 * function the button's text. */
export function rowOf(table: HTMLElement, name: string | ((text: string) => boolean)): HTMLElement {
  const row = within(table)
    .getAllByRole('row')
    .find((r) =>
      typeof name === 'string'
        ? within(r).queryByRole('button', { name }) !== null
        : within(r)
            .queryAllByRole('button')
            .some((b) => name(b.textContent ?? '')),
    )
  if (!row) throw new Error(`no row for ${String(name)}`)
  return row
}
