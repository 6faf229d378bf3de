import { useSyncExternalStore } from 'react'

import { Icon } from '@/components/ui/icon'
import { dismissToast, type Toast, toastStore } from '@/lib/toast'
import { cn } from '@/lib/utils'

const variantClass: Record<Toast['variant'], string> = {
  success: 'border-success/40',
  error: 'border-destructive/50',
  info: 'border-border',
}

const iconClass: Record<Toast['variant'], string> = {
  success: 'bg-success',
  error: 'bg-destructive',
  info: 'bg-primary',
}

/** Announces toasts politely (errors assertively) and shows them bottom-right. */
export function Toaster() {
  const toasts = useSyncExternalStore(toastStore.subscribe, toastStore.getSnapshot, toastStore.getSnapshot)
  return (
    <section
      aria-label="Notifications"
      className="pointer-events-none fixed right-4 bottom-4 z-[100] flex w-96 max-w-[calc(100vw-2rem)] flex-col gap-2"
    >
      {toasts.map((t) => (
        <div
          key={t.id}
          role={t.variant === 'error' ? 'alert' : 'status'}
          className={cn(
            'bg-popover text-popover-foreground pointer-events-auto flex items-start gap-3 rounded-lg border p-3 text-sm shadow-lg',
            variantClass[t.variant],
          )}
        >
          <span aria-hidden="true" className={cn('mt-1.5 size-2 shrink-0 rounded-full', iconClass[t.variant])} />
          <div className="min-w-0 flex-1">
            <p className="font-medium">{t.title}</p>
            {t.description ? <p className="text-muted-foreground mt-0.5 break-words">{t.description}</p> : null}
          </div>
          <button
            type="button"
            onClick={() => dismissToast(t.id)}
            className="text-muted-foreground hover:bg-accent hover:text-foreground rounded p-0.5"
            aria-label="Dismiss notification"
          >
            <Icon className="size-4">
              <path d="M18 6 6 18M6 6l12 12" />
            </Icon>
          </button>
        </div>
      ))}
    </section>
  )
}
