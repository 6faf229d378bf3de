import { cn } from '@/lib/utils'

export type ProductWordmarkProps = {
  /** Light text for dark backgrounds. */
  inverted?: boolean
  size?: 'md' | 'lg'
  className?: string
}

/** "Netmaker Console", the second word quieter. */
export function ProductWordmark({ inverted = false, size = 'md', className }: ProductWordmarkProps) {
  return (
    <span className={cn('font-semibold tracking-tight', size === 'lg' ? 'text-base' : 'text-[15px]', className)}>
      Netmaker <span className={cn('font-medium', inverted ? 'text-white/70' : 'text-muted-foreground')}>Console</span>
    </span>
  )
}
