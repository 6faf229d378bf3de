import type { ComponentProps } from 'react'

import { cn } from '@/lib/utils'

export type InputProps = ComponentProps<'input'>

export function Input({ className, type = 'text', ...props }: InputProps) {
  return (
    <input
      type={type}
      className={cn(
        'border-input bg-card placeholder:text-muted-foreground focus-visible:border-ring focus-visible:outline-ring/40 aria-invalid:border-destructive aria-invalid:outline-destructive/40 flex h-9 w-full min-w-0 rounded-md border px-3 py-1 text-sm shadow-xs transition-colors focus-visible:outline-2 focus-visible:outline-offset-0 disabled:cursor-not-allowed disabled:opacity-50',
        className,
      )}
      {...props}
    />
  )
}
