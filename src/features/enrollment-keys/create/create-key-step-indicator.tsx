import { cn } from '@/lib/utils'

import { CREATE_KEY_STEPS, type CreateKeyStepId } from '../forms/create-key-steps'

export type CreateKeyStepIndicatorProps = {
  current: CreateKeyStepId
  skipped: ReadonlySet<CreateKeyStepId>
}

/** Details → Networks → Gateway → Tags → Review, with the active step marked `aria-current="step"`. */
export function CreateKeyStepIndicator({ current, skipped }: CreateKeyStepIndicatorProps) {
  const currentIndex = CREATE_KEY_STEPS.findIndex((s) => s.id === current)
  const numbers = new Map(CREATE_KEY_STEPS.filter((s) => !skipped.has(s.id)).map((s, i) => [s.id, i + 1] as const))
  return (
    <nav aria-label="Steps">
      <ol className="flex items-center gap-1.5 text-xs sm:gap-2 sm:text-sm">
        {CREATE_KEY_STEPS.map((step, index) => {
          const isSkipped = skipped.has(step.id)
          const isCurrent = step.id === current
          const isDone = !isSkipped && index < currentIndex
          const state = isCurrent ? 'current' : isSkipped ? 'skipped' : isDone ? 'done' : 'upcoming'
          return (
            <li key={step.id} className={cn('flex items-center gap-1.5 sm:gap-2', index > 0 && 'flex-1')}>
              {index > 0 ? (
                <span
                  aria-hidden="true"
                  className={cn('h-px min-w-2 flex-1', index <= currentIndex ? 'bg-primary/50' : 'bg-border')}
                />
              ) : null}
              <span
                aria-current={isCurrent ? 'step' : undefined}
                className={cn(
                  'flex shrink-0 items-center gap-1.5 rounded-full py-0.5 pr-2.5 pl-0.5 whitespace-nowrap',
                  state === 'current' && 'bg-primary/10 text-foreground font-semibold',
                  state === 'done' && 'text-foreground',
                  state === 'upcoming' && 'text-muted-foreground',
                  state === 'skipped' && 'text-muted-foreground',
                )}
              >
                <span
                  aria-hidden="true"
                  className={cn(
                    'grid size-5 shrink-0 place-content-center rounded-full border text-[0.7rem] font-semibold',
                    state === 'current' && 'border-primary bg-primary text-primary-foreground',
                    state === 'done' && 'border-primary/50 bg-card text-primary',
                    state === 'upcoming' && 'border-border bg-card',
                    state === 'skipped' && 'border-border bg-muted border-dashed',
                  )}
                >
                  {state === 'done' ? (
                    <svg viewBox="0 0 24 24" className="size-3" fill="none" stroke="currentColor" strokeWidth="3">
                      <path d="M20 6 9 17l-5-5" />
                    </svg>
                  ) : state === 'skipped' ? (
                    '–'
                  ) : (
                    numbers.get(step.id)
                  )}
                </span>
                <span
                  className={cn(
                    state === 'skipped' && 'line-through decoration-1',
                    !isCurrent && 'sr-only sm:not-sr-only',
                  )}
                >
                  {step.label}
                </span>
                {state === 'done' ? <span className="sr-only">(done)</span> : null}
                {state === 'skipped' ? (
                  <span className="text-muted-foreground sr-only text-xs sm:not-sr-only">(skipped)</span>
                ) : null}
              </span>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
