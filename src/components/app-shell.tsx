import type { ReactNode } from 'react'
import { Link } from 'wouter'

import { AppLogo } from '@/components/app-logo'
import { MainNav, type MainNavProps } from '@/components/main-nav'
import { ProductWordmark } from '@/components/product-wordmark'
import { ResetDemoButton } from '@/components/reset-demo-button'
import { ServerBadge } from '@/components/server-badge'
import { SignedInUser } from '@/components/signed-in-user'
import { SkipLink } from '@/components/skip-link'
import { ThemeToggle } from '@/components/theme-toggle'
import { Badge } from '@/components/ui/badge'
import { Icon } from '@/components/ui/icon'
import { env } from '@/lib/env'

export type AppShellProps = { children: ReactNode; navBadges?: MainNavProps['badges'] }

/** The signed-in frame: header with product, navigation, server, theme and user; the page below. */
export function AppShell({ children, navBadges }: AppShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="bg-card/85 supports-[backdrop-filter]:bg-card/70 sticky top-0 z-40 border-b backdrop-blur">
        <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center gap-x-4 px-4 sm:flex-nowrap sm:gap-x-8 sm:px-6">
          <Link href="/keys" className="flex h-14 shrink-0 items-center gap-2.5 rounded-md">
            <AppLogo className="size-7" />
            <ProductWordmark className="sr-only sm:not-sr-only" />
          </Link>
          {/* Below "sm" the navigation gets a row of its own under the controls. */}
          <MainNav className="order-last -mt-1 w-full sm:order-none sm:mt-0 sm:w-auto" badges={navBadges} />
          <div className="ml-auto flex h-14 items-center gap-2 sm:gap-4">
            {env.mock ? (
              <div className="flex items-center gap-2">
                <span className="hidden sm:block">
                  <Badge variant="warning">
                    <Icon>
                      <ellipse cx="12" cy="5" rx="9" ry="3" />
                      <path d="M3 5v14a9 3 0 0 0 18 0V5M3 12a9 3 0 0 0 18 0" />
                    </Icon>
                    Demo data
                  </Badge>
                </span>
                <ResetDemoButton />
              </div>
            ) : null}
            <div className="hidden md:block">
              <ServerBadge />
            </div>
            <ThemeToggle />
            <span aria-hidden="true" className="bg-border hidden h-6 w-px sm:block" />
            <SignedInUser />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  )
}
