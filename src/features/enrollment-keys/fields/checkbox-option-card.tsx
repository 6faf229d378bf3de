import type { ReactNode } from 'react'

import { Checkbox } from '@/components/ui/checkbox'

import { CreateKeyOptionCard } from './create-key-option-card'

export type CheckboxOptionCardProps = {
  id: string
  checked: boolean
  onCheckedChange: (checked: boolean) => void
  label: ReactNode
  aside?: ReactNode
  disabled?: boolean
  /** Marks the box invalid (the list it is in has an error). */
  invalid?: boolean
}

/** One checkbox in a list of options (networks, tags): the box and its label in a bordered row. */
export function CheckboxOptionCard({
  id,
  checked,
  onCheckedChange,
  label,
  aside,
  disabled,
  invalid,
}: CheckboxOptionCardProps) {
  return (
    <CreateKeyOptionCard
      htmlFor={id}
      control={
        <Checkbox
          id={id}
          checked={checked}
          disabled={disabled}
          onCheckedChange={(value) => onCheckedChange(value === true)}
          aria-invalid={invalid ? true : undefined}
        />
      }
      label={label}
      aside={aside}
      selected={checked}
    />
  )
}
