import { useState } from 'react'

import { CopyButton } from '@/components/copy-button'
import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { cn } from '@/lib/utils'

import { maskToken } from '../lib/format'

export type MaskedTokenProps = {
  token: string
  /** The key's name, for the controls' accessible names in a table. */
  keyName?: string
  /** Show the whole token wrapped (details) instead of on one line (table). */
  wrap?: boolean
  className?: string
  /** Passed to Copy token: e.g. a check that the token is still current. */
  resolveValue?: () => Promise<string | null>
}

/** A token shown masked, with Reveal/Hide and Copy token. Copy always copies the real token. */
export function MaskedToken({ token, keyName, wrap = false, className, resolveValue }: MaskedTokenProps) {
  const [revealed, setRevealed] = useState(false)
  const suffix = keyName ? ` of ${keyName}` : ''
  return (
    <div className={cn('flex min-w-0 items-center gap-1', className)}>
      <code
        className={cn(
          'bg-muted text-foreground min-w-0 rounded px-1.5 py-0.5 font-mono text-xs',
          // Revealed, the whole token shows, wrapped: every token starts alike, only all of it tells
          // keys apart. Masked, the box shows the end of the key's value, which does differ.
          revealed ? 'break-all whitespace-normal' : 'whitespace-nowrap',
          !wrap && (revealed ? 'w-[12rem] leading-snug' : 'w-[7.25rem]'),
        )}
      >
        {revealed ? token : maskToken(token)}
      </code>
      <Button
        variant="ghost"
        size="icon-sm"
        aria-pressed={revealed}
        aria-label={`Reveal token${suffix}`}
        title={revealed ? 'Hide token' : 'Reveal token'}
        onClick={() => setRevealed((v) => !v)}
      >
        {revealed ? (
          <Icon>
            <path d="M9.9 4.2A10 10 0 0 1 12 4c6.5 0 10 8 10 8a17 17 0 0 1-2.2 3.3M6.6 6.6C3.6 8.6 2 12 2 12s3.5 8 10 8a10 10 0 0 0 5.4-1.6" />
            <path d="M14.1 14.1a3 3 0 1 1-4.2-4.2M2 2l20 20" />
          </Icon>
        ) : (
          <Icon>
            <path d="M2 12s3.5-8 10-8 10 8 10 8-3.5 8-10 8S2 12 2 12Z" />
            <circle cx="12" cy="12" r="3" />
          </Icon>
        )}
      </Button>
      <CopyButton value={token} label={`Copy token${suffix}`} iconOnly variant="ghost" resolveValue={resolveValue} />
    </div>
  )
}
