import { AppLogo } from '@/components/app-logo'
import { ProductWordmark } from '@/components/product-wordmark'
import { ThemeToggle } from '@/components/theme-toggle'

import { LoginBrandPanel } from './login-brand-panel'
import { LoginForm } from './login-form'

/** The sign-in screen: what the console is (on wide windows) and the sign-in form. */
export function LoginPage() {
  return (
    <div className="grid min-h-dvh lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <LoginBrandPanel className="hidden lg:flex" />
      <div className="flex flex-col">
        <header className="flex items-center justify-between gap-4 px-4 py-4 sm:px-8">
          <span className="flex items-center gap-2.5 lg:invisible">
            <AppLogo className="size-7" />
            <ProductWordmark />
          </span>
          <ThemeToggle />
        </header>
        <main id="main" className="flex flex-1 justify-center px-4 pt-6 pb-16 sm:items-center sm:pt-0">
          <div className="flex w-full max-w-sm flex-col gap-6">
            <div className="flex flex-col gap-1.5">
              <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
              <p className="text-muted-foreground text-sm text-pretty">
                Use your Netmaker account, or the server&apos;s master key.
              </p>
            </div>
            <LoginForm />
          </div>
        </main>
      </div>
    </div>
  )
}
