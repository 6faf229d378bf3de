import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { lazyWithRetry } from '@/lib/lazy-with-retry'

import { LazyBoundary } from './load-error'

const loadDialog = () => import('@/components/reset-demo-dialog')
const ResetDemoDialog = lazyWithRetry(() => loadDialog().then((m) => m.ResetDemoDialog))

export type ResetDemoButtonProps = { className?: string }

/** Demo only: asks for confirmation, then puts the sample data back. The dialog loads on first use. */
export function ResetDemoButton({ className }: ResetDemoButtonProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        variant="outline"
        size="sm"
        className={className}
        title="Reset demo data"
        onClick={() => setOpen(true)}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
      >
        <Icon>
          <path d="M3 12a9 9 0 1 0 9-9 9.75 9.75 0 0 0-6.74 2.74L3 8" />
          <path d="M3 3v5h5" />
        </Icon>
        {/* Icon-only below "xl": at 1024 px the full label crowded the server version next to it. */}
        <span className="sr-only xl:not-sr-only">Reset demo data</span>
      </Button>
      {open ? (
        <LazyBoundary onClose={() => setOpen(false)}>
          <ResetDemoDialog open={open} onOpenChange={setOpen} />
        </LazyBoundary>
      ) : null}
    </>
  )
}
