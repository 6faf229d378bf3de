import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'

import { RadioGroup, RadioGroupItem } from './radio-group'

function Choice() {
  const [value, setValue] = useState('a')
  return (
    <>
      <button type="button">before</button>
      <RadioGroup aria-label="Choice" value={value} onValueChange={setValue}>
        {['a', 'b', 'c'].map((v) => (
          <RadioGroupItem key={v} value={v} aria-label={v} />
        ))}
      </RadioGroup>
    </>
  )
}

describe('RadioGroup', () => {
  it('selects the radio an arrow key moves to, even when the key is released at once', async () => {
    const user = userEvent.setup()
    render(<Choice />)
    await user.click(screen.getByRole('button', { name: 'before' }))
    await user.tab()
    expect(screen.getByRole('radio', { name: 'a' })).toHaveFocus()

    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(screen.getByRole('radio', { name: 'b' })).toHaveFocus())
    expect(screen.getByRole('radio', { name: 'b' })).toBeChecked()

    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(screen.getByRole('radio', { name: 'c' })).toBeChecked())
    expect(screen.getByRole('radio', { name: 'b' })).not.toBeChecked()
  })

  it('only focuses on Tab: entering the group does not change the choice', async () => {
    const user = userEvent.setup()
    render(<Choice />)
    await user.click(screen.getByRole('button', { name: 'before' }))
    await user.tab()
    expect(screen.getByRole('radio', { name: 'a' })).toBeChecked()
    await user.tab({ shift: true })
    expect(screen.getByRole('button', { name: 'before' })).toHaveFocus()
    expect(screen.getByRole('radio', { name: 'a' })).toBeChecked()
  })
})
