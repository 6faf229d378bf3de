import type { ReactNode } from 'react'

import { cn } from '@/lib/utils'

export type SegmentedOption<T extends string> = {
  value: T
  label: string
  icon?: ReactNode
}

export type SegmentedControlProps<T extends string> = {
  /** What the choice is about; read by screen readers (and shown when `showLegend`). */
  legend: string
  /** Radio group name; unique on the page. */
  name: string
  value: T
  onValueChange: (value: T) => void
  options: readonly SegmentedOption<T>[]
  /** Show only the icons; the labels stay as accessible names and hover titles. */
  iconOnly?: boolean
  /** Stretch over the full width, segments sharing it equally. */
  fullWidth?: boolean
  className?: string
}

/**
 * A row of mutually exclusive choices built from native radio buttons: Tab reaches the group, the arrow
 * keys move between options, and no JavaScript popper is needed.
 */
export function SegmentedControl<T extends string>({
  legend,
  name,
  value,
  onValueChange,
  options,
  iconOnly = false,
  fullWidth = false,
  className,
}: SegmentedControlProps<T>) {
  return (
    <fieldset
      className={cn(
        'bg-muted rounded-lg border p-0.5',
        fullWidth ? 'grid w-full auto-cols-fr grid-flow-col' : 'inline-flex',
        className,
      )}
    >
      <legend className="sr-only">{legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          title={iconOnly ? option.label : undefined}
          className={cn(
            'text-muted-foreground hover:text-foreground has-[:checked]:bg-card has-[:checked]:text-foreground has-[:focus-visible]:outline-ring relative flex cursor-pointer items-center justify-center gap-1.5 rounded-md text-sm font-medium transition-colors select-none has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 [&_svg]:size-4 [&_svg]:shrink-0',
            iconOnly ? 'size-7' : fullWidth ? 'h-8 px-2 whitespace-nowrap' : 'h-8 px-3 whitespace-nowrap',
          )}
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onValueChange(option.value)}
            // Invisible but covering the whole segment: it is what the pointer hits and what has focus.
            className="absolute inset-0 m-0 size-full cursor-pointer appearance-none rounded-md opacity-0"
          />
          {option.icon}
          <span className={iconOnly ? 'sr-only' : undefined}>{option.label}</span>
        </label>
      ))}
    </fieldset>
  )
}
