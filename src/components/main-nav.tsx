import type { ReactNode } from 'react'

import { NavLink } from '@/components/nav-link'
import { Icon } from '@/components/ui/icon'
import { cn } from '@/lib/utils'

type NavItem = { href: string; label: string; icon: ReactNode }

/** The console's sections. Add an entry here when a new page lands. */
const items: readonly NavItem[] = [
  {
    href: '/keys',
    label: 'Keys',
    icon: (
      <Icon>
        <path d="M2.586 17.414A2 2 0 0 0 2 18.828V21a1 1 0 0 0 1 1h3a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h1a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h.172a2 2 0 0 0 1.414-.586l.814-.814a6.5 6.5 0 1 0-4-4z" />
        <circle cx="16.5" cy="7.5" r=".5" fill="currentColor" />
      </Icon>
    ),
  },
]

export type MainNavProps = {
  className?: string
  /** Counts to show on sections, by href (e.g. keys expiring soon on "/keys"). */
  badges?: Partial<Record<string, { count: number; label: string }>>
}

export function MainNav({ className, badges }: MainNavProps) {
  return (
    <nav aria-label="Main" className={cn('flex', className)}>
      <ul className="flex items-center gap-5">
        {items.map((item) => (
          <li key={item.href}>
            <NavLink href={item.href} icon={item.icon} badge={badges?.[item.href]}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
