import type { ReactNode } from 'react'

export type AppShellProps = { children: ReactNode }

/** Placeholder shell: header, navigation, user menu and theme toggle arrive with the shell work. */
export function AppShell({ children }: AppShellProps) {
  return (
    <div className="min-h-dvh">
      <main id="main" className="mx-auto w-full max-w-7xl px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  )
}
