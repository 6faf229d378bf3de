import * as RadioGroupPrimitive from '@radix-ui/react-radio-group'
import { type ComponentProps, type FocusEvent, type KeyboardEvent, useRef } from 'react'

import { cn } from '@/lib/utils'

const ARROW_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'])

/**
 * A radio group where selection follows focus on the arrow keys, as the ARIA radio pattern says.
 * Radix moves focus a tick after the keydown and checks the radio only if the key is still held, so a
 * quick press moved focus without selecting; here an arrow key marks the next focus move as a selection.
 * Tab into the group still only focuses (the checked radio, or the first when none is).
 */
export function RadioGroup({
  className,
  onKeyDown,
  onFocus,
  onBlur,
  ...props
}: ComponentProps<typeof RadioGroupPrimitive.Root>) {
  const arrowMove = useRef(false)
  return (
    <RadioGroupPrimitive.Root
      className={cn('grid gap-2', className)}
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        arrowMove.current = ARROW_KEYS.has(event.key)
        onKeyDown?.(event)
      }}
      onFocus={(event: FocusEvent<HTMLDivElement>) => {
        const target = event.target
        if (arrowMove.current && target instanceof HTMLButtonElement && target.getAttribute('role') === 'radio') {
          arrowMove.current = false
          if (target.getAttribute('aria-checked') !== 'true') target.click()
        }
        onFocus?.(event)
      }}
      onBlur={(event: FocusEvent<HTMLDivElement>) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) {
          arrowMove.current = false
        }
        onBlur?.(event)
      }}
      {...props}
    />
  )
}

export function RadioGroupItem({ className, ...props }: ComponentProps<typeof RadioGroupPrimitive.Item>) {
  return (
    <RadioGroupPrimitive.Item
      className={cn(
        'border-input bg-card focus-visible:outline-ring data-[state=checked]:border-primary aspect-square size-4 shrink-0 rounded-full border shadow-xs focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-50',
        className,
      )}
      {...props}
    >
      <RadioGroupPrimitive.Indicator className="flex items-center justify-center">
        <span className="bg-primary size-2 rounded-full" />
      </RadioGroupPrimitive.Indicator>
    </RadioGroupPrimitive.Item>
  )
}
