import type { ReactNode } from 'react'
import { Link, useRoute } from 'wouter'
import { cn } from '@/lib/utils'

export type NavLinkProps = {
  href: string
  children: ReactNode
  icon?: ReactNode
}

/** A main-navigation link; current (aria-current="page") on its path and anything below it. */
export function NavLink({ href, children, icon }: NavLinkProps) {
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
    </Link>
  )
}
