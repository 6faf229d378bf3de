import type { ReactNode } from 'react'
import { Link } from 'wouter'
import { AppLogo } from '@/components/app-logo'
import { MainNav } from '@/components/main-nav'
import { ResetDemoButton } from '@/components/reset-demo-button'
import { ServerBadge } from '@/components/server-badge'
import { SignedInUser } from '@/components/signed-in-user'
import { SkipLink } from '@/components/skip-link'
import { ThemeToggle } from '@/components/theme-toggle'
import { Badge } from '@/components/ui/badge'
import { env } from '@/lib/env'

export type AppShellProps = { children: ReactNode }

/** The signed-in frame: header with product, navigation, server, theme and user; the page below. */
export function AppShell({ children }: AppShellProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="bg-card/85 supports-[backdrop-filter]:bg-card/70 sticky top-0 z-40 border-b backdrop-blur">
        <div className="mx-auto flex h-14 w-full max-w-7xl items-center gap-4 px-4 sm:gap-8 sm:px-6">
          <Link href="/keys" className="flex shrink-0 items-center gap-2.5 rounded-md">
            <AppLogo className="size-7" />
            <span className="text-[15px] font-semibold tracking-tight">
              Netmaker <span className="text-muted-foreground font-medium">Console</span>
            </span>
          </Link>
          <MainNav />
          <div className="ml-auto flex items-center gap-2 sm:gap-4">
            {env.mock ? (
              <div className="flex items-center gap-2">
                <Badge variant="warning" className="hidden sm:inline-flex">
                  <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
                    <ellipse cx="12" cy="5" rx="9" ry="3" />
                    <path d="M3 5v14a9 3 0 0 0 18 0V5M3 12a9 3 0 0 0 18 0" />
                  </svg>
                  Demo data
                </Badge>
                <ResetDemoButton />
              </div>
            ) : null}
            <ServerBadge className="hidden md:flex" />
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
