import type { ComponentProps } from 'react'

export type IconProps = ComponentProps<'svg'>

/**
 * A decorative 24×24 stroke icon: pass the paths as children. Hidden from assistive tech, so say
 * what it means in text (or an aria-label on the control). Any svg attribute can be overridden.
 */
export function Icon({ className, strokeWidth, children, ...rest }: IconProps) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth ?? 2}
      aria-hidden="true"
      className={className}
      {...rest}
    >
      {children}
    </svg>
  )
}
