import { cn } from '@/lib/utils'

export type AppLogoProps = { className?: string }

/** The product mark: a key on the brand colour (the same drawing as the favicon). Decorative. */
export function AppLogo({ className }: AppLogoProps) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={cn('shrink-0', className)}>
      <rect width="32" height="32" rx="8" fill="#2563eb" />
      <path
        d="M20.5 8a5.5 5.5 0 0 0-5.3 7l-7.2 7.2V25h3v-2h2v-2h2l1.7-1.7A5.5 5.5 0 1 0 20.5 8Zm1.5 5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Z"
        fill="#fff"
      />
    </svg>
  )
}
