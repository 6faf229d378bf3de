import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { formatDateTime, formatRelative } from '@/lib/format'

export type KeyExpiryProps = { keyItem: EnrollmentKey; now: Date }

/** "in 3 months" (the date on hover), dimmed once past; "Never" for a key without expiry. */
export function KeyExpiry({ keyItem: key, now }: KeyExpiryProps) {
  if (!key.expiresAt) return <span className="text-muted-foreground">Never</span>
  return (
    <time
      dateTime={key.expiresAt.toISOString()}
      title={formatDateTime(key.expiresAt)}
      className={key.expiresAt.getTime() <= now.getTime() ? 'text-muted-foreground' : undefined}
    >
      {formatRelative(key.expiresAt, now)}
    </time>
  )
}
