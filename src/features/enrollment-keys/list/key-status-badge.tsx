import type { KeyStatus } from '@/api/enrollment-keys/rules'
import { Hint } from '@/components/hint'
import { Badge, type BadgeProps } from '@/components/ui/badge'
import { Icon } from '@/components/ui/icon'

import { KEY_STATUS_LABELS, type KeyStatusInfo } from '../lib/key-status'

export type KeyStatusBadgeProps = {
  info: KeyStatusInfo
  /** Explain the status on hover/focus (off where the reason is already written out). */
  showReason?: boolean
}

const variants: Record<KeyStatus, NonNullable<BadgeProps['variant']>> = {
  valid: 'success',
  expired: 'muted',
  'used-up': 'muted',
  invalid: 'destructive',
}

/** The key's status with why on hover/focus, and a warning when it stops working within 7 days. */
export function KeyStatusBadge({ info, showReason = true }: KeyStatusBadgeProps) {
  const label = KEY_STATUS_LABELS[info.status]
  const badge = (
    <Badge variant={variants[info.status]}>
      <span
        aria-hidden="true"
        className={
          info.status === 'expired' || info.status === 'used-up'
            ? 'size-1.5 rounded-full border border-current'
            : 'size-1.5 rounded-full bg-current'
        }
      />
      {label}
    </Badge>
  )
  return (
    <div className="flex flex-col items-start gap-1">
      {showReason ? (
        <Hint content={info.reason}>
          {(hintProps) => (
            // Focusable so keyboard users can read the reason, too.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            <span tabIndex={0} className="rounded-full" {...hintProps}>
              {badge}
            </span>
          )}
        </Hint>
      ) : (
        badge
      )}
      {info.expiryWarning ? (
        <span className="text-warning inline-flex items-center gap-1 text-xs font-medium whitespace-nowrap">
          <Icon className="size-3.5">
            <circle cx="12" cy="12" r="9" />
            <path d="M12 7v5l3 2" />
          </Icon>
          {info.expiryWarning}
        </span>
      ) : null}
    </div>
  )
}
