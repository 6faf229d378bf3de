import { type ReactNode, useId } from 'react'

import { cn } from '@/lib/utils'

export type HintProps = {
  /** The element the hint explains; it must be focusable (a button, or tabIndex={0}) for keyboard users. */
  children: (props: { 'aria-describedby': string }) => ReactNode
  /** The explanation, shown on hover and focus and read by screen readers as the description. */
  content: ReactNode
  side?: 'top' | 'bottom'
  className?: string
}

/**
 * A CSS-only tooltip (no popper in the initial bundle): shown on hover or keyboard focus, linked with
 * aria-describedby.
 */
export function Hint({ children, content, side = 'top', className }: HintProps) {
  const id = useId()
  return (
    <span className={cn('group/hint relative inline-flex', className)}>
      {children({ 'aria-describedby': id })}
      <span
        id={id}
        role="tooltip"
        className={cn(
          'bg-foreground text-background pointer-events-none invisible absolute left-1/2 z-40 w-max max-w-64 -translate-x-1/2 rounded-md px-2.5 py-1.5 text-xs font-normal opacity-0 shadow-md transition-opacity group-focus-within/hint:visible group-focus-within/hint:opacity-100 group-hover/hint:visible group-hover/hint:opacity-100',
          side === 'top' ? 'bottom-full mb-1.5' : 'top-full mt-1.5',
        )}
      >
        {content}
      </span>
    </span>
  )
}
