import { Redirect, Route, Switch, useLocation } from 'wouter'
import { AppShell } from '@/components/app-shell'
import { LoginPage } from '@/features/auth/components/login-page'
import { KeysPage } from '@/features/enrollment-keys/components/keys-page'
import { NotFoundPage } from '@/components/not-found-page'
import { useSession } from '@/lib/use-session'

/** URL per screen. Routes only compose: no fetching, no forms here. */
export function AppRoutes() {
  const { session } = useSession()
  const [location] = useLocation()

  if (!session) {
    if (location === '/login') return <LoginPage />
    const next = location === '/' ? '' : `?next=${encodeURIComponent(location)}`
    return <Redirect to={`/login${next}`} replace />
  }

  return (
    <Switch>
      <Route path="/login">
        <Redirect to="/keys" replace />
      </Route>
      <Route path="/">
        <Redirect to="/keys" replace />
      </Route>
      <Route>
        <AppShell>
          <Switch>
            <Route path="/keys">
              <KeysPage />
            </Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </AppShell>
      </Route>
    </Switch>
  )
}
