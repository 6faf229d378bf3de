import { cva, type VariantProps } from 'class-variance-authority'
import type { ComponentProps } from 'react'

import { cn } from '@/lib/utils'

const alertVariants = cva('relative flex w-full flex-col gap-1 rounded-lg border px-4 py-3 text-sm', {
  variants: {
    variant: {
      default: 'border-border bg-card text-card-foreground',
      destructive: 'border-destructive/40 bg-destructive/8 text-destructive',
      warning: 'border-warning/40 bg-warning/10 text-foreground',
      info: 'border-primary/30 bg-primary/6 text-foreground',
    },
  },
  defaultVariants: { variant: 'default' },
})

export type AlertProps = ComponentProps<'div'> & VariantProps<typeof alertVariants>

/** A message box. Pass role="alert" for errors that appear after an action. */
export function Alert({ className, variant, ...props }: AlertProps) {
  return <div className={cn(alertVariants({ variant }), className)} {...props} />
}

export function AlertTitle({ className, ...props }: ComponentProps<'p'>) {
  return <p className={cn('font-semibold', className)} {...props} />
}

export function AlertDescription({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('text-sm opacity-90', className)} {...props} />
}
