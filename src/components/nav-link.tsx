import type { ReactNode } from 'react'
import { Link, useRoute } from 'wouter'

import { cn } from '@/lib/utils'

export type NavLinkProps = {
  href: string
  children: ReactNode
  icon?: ReactNode
  /** A count shown after the label (e.g. keys expiring soon); `badgeLabel` is what a screen reader hears. */
  badge?: { count: number; label: string }
}

/**
 * A main-navigation link; current (aria-current="page") on its path and anything below it. A badge, when
 * given a count above zero, follows the label.
 */
export function NavLink({ href, children, icon, badge }: NavLinkProps) {
  const [active] = useRoute(`${href}/*?`)
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={cn(
        'relative flex h-11 items-center gap-2 px-1 text-sm font-medium transition-colors sm:h-14 [&_svg]:size-4',
        'after:absolute after:inset-x-0 after:bottom-0 after:h-0.5 after:rounded-full',
        active ? 'text-foreground after:bg-primary' : 'text-muted-foreground hover:text-foreground',
      )}
    >
      {icon}
      {children}
      {badge && badge.count > 0 ? (
        <>
          <span
            aria-hidden="true"
            className="bg-warning/15 text-warning border-warning/30 min-w-5 rounded-full border px-1.5 text-center text-[11px] leading-4 font-semibold tabular-nums"
          >
            {badge.count > 999 ? '999+' : badge.count}
          </span>
          <span className="sr-only">{`, ${badge.label}`}</span>
        </>
      ) : null}
    </Link>
  )
}
