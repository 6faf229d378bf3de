import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { useAccountAccess } from '@/components/use-account-access'
import { sessionStore } from '@/lib/session'
import { useSession } from '@/lib/use-session'
import { cn } from '@/lib/utils'

export type SignedInUserProps = { className?: string }

/**
 * Who is signed in (a user, or the server's master key) and the Sign out button. Signing out also
 * forgets every loaded query (the query client listens to the session store).
 */
export function SignedInUser({ className }: SignedInUserProps) {
  const { session } = useSession()
  const access = useAccountAccess()
  if (!session) return null

  const name = session.username ?? 'Master key'
  const initial = session.username ? session.username.charAt(0).toUpperCase() : null

  return (
    <div className={cn('flex items-center gap-3', className)}>
      <p className="flex items-center gap-2 text-sm">
        <span
          aria-hidden="true"
          className="bg-primary/12 text-primary grid size-7 place-items-center rounded-full text-xs font-semibold"
        >
          {initial ?? (
            <svg viewBox="0 0 24 24" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2.25">
              <path d="M2.586 17.414A2 2 0 0 0 2 18.828V21a1 1 0 0 0 1 1h3a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h1a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h.172a2 2 0 0 0 1.414-.586l.814-.814a6.5 6.5 0 1 0-4-4z" />
            </svg>
          )}
        </span>
        <span className="sr-only">{'Signed in as '}</span>
        <span className="sr-only sm:not-sr-only">
          <span className="block max-w-40 truncate font-medium">{name}</span>
        </span>
        {access.readOnly ? (
          <Badge variant="muted" title={access.role ? `Role: ${access.role}` : undefined}>
            Read-only
          </Badge>
        ) : null}
      </p>
      <Button variant="ghost" size="sm" onClick={() => sessionStore.signOut('signed-out')}>
        <Icon>
          <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9" />
        </Icon>
        <span className="sr-only sm:not-sr-only">Sign out</span>
      </Button>
    </div>
  )
}
