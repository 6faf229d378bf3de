import { Redirect, Route, Switch, useLocation, useSearch } from 'wouter'

import { AppShell } from '@/components/app-shell'
import { DocumentTitle } from '@/components/document-title'
import { LazyBoundary } from '@/components/load-error'
import { NotFoundPage } from '@/components/not-found-page'
import { useExpiringSoonCount } from '@/features/enrollment-keys/hooks/use-expiring-soon-count'
import { KeysPage } from '@/features/enrollment-keys/page/keys-page'
import { lazyWithRetry } from '@/lib/lazy-with-retry'
import { useSession } from '@/lib/use-session'

import { HOME, nextPath } from './next-path'
import { PageLoading } from './page-loading'

// The sign-in form (react-hook-form, resolvers, checkbox) is not part of the Keys page's first load.
const LoginPage = lazyWithRetry(() => import('@/features/auth/components/login-page').then((m) => m.LoginPage))

/** URL per screen. Routes only compose: no fetching, no forms here. */
export function AppRoutes() {
  const { session, lastSignOut } = useSession()
  const [location] = useLocation()
  const search = useSearch()

  if (!session) {
    if (location === '/login') {
      return (
        <>
          <DocumentTitle title="Sign in" />
          <LazyBoundary loading={<PageLoading />}>
            <LoginPage />
          </LazyBoundary>
        </>
      )
    }
    // Someone who signed out on purpose starts afresh; anyone else comes back here after signing in.
    const here = `${location}${search ? `?${search}` : ''}`
    const next = location === '/' || lastSignOut === 'signed-out' ? '' : `?next=${encodeURIComponent(here)}`
    return <Redirect to={`/login${next}`} replace />
  }

  return <SignedInRoutes search={search} />
}

/** The console's pages, in the shell. The Keys entry counts the keys expiring soon, seen from any page. */
function SignedInRoutes({ search }: { search: string }) {
  const soon = useExpiringSoonCount()
  const soonLabel = `${soon.count} ${soon.count === 1 ? 'key' : 'keys'} expiring soon`
  return (
    <Switch>
      <Route path="/login">
        <Redirect to={nextPath(search)} replace />
      </Route>
      <Route path="/">
        <Redirect to={HOME} replace />
      </Route>
      <Route>
        <AppShell navBadges={{ '/keys': { count: soon.count, label: soonLabel } }}>
          {/* A page that fails to render shows what happened (Retry / Reload), inside the shell. */}
          <LazyBoundary>
            <Switch>
              <Route path="/keys/*?">
                <DocumentTitle title={soon.count > 0 ? `Keys (${soon.count} expiring soon)` : 'Keys'} />
                <KeysPage />
              </Route>
              <Route>
                <DocumentTitle title="Page not found" />
                <NotFoundPage />
              </Route>
            </Switch>
          </LazyBoundary>
        </AppShell>
      </Route>
    </Switch>
  )
}
