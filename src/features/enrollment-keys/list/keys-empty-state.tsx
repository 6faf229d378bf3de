import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'

export type KeysEmptyStateProps = {
  onCreate: () => void
  /** Set when the account may not create keys: shown instead of the Create key button. */
  readOnlyReason?: string | null
}

const KEY_KINDS = [
  {
    title: 'Unlimited',
    text: 'Any number of devices can join with it, until you delete it. Good for fleets you trust.',
  },
  {
    title: 'Limited uses',
    text: 'Each device that joins uses one. Good for a known number of machines, or a single kiosk.',
  },
  {
    title: 'Time-bound',
    text: 'Works until a date and time you choose. Good for contractors, events and CI runs.',
  },
] as const

/** No keys at all: what keys are for, the three kinds, and Create key. */
export function KeysEmptyState({ onCreate, readOnlyReason = null }: KeysEmptyStateProps) {
  return (
    <section
      aria-labelledby="keys-empty-title"
      className="bg-card flex flex-col items-center gap-6 rounded-xl border border-dashed px-6 py-12 text-center"
    >
      <div className="bg-primary/10 text-primary grid size-12 place-items-center rounded-full">
        <Icon className="size-6">
          <circle cx="7.5" cy="15.5" r="4.5" />
          <path d="m10.7 12.3 9.3-9.3M16 7l3 3M14 9l2 2" />
        </Icon>
      </div>
      <div className="flex max-w-lg flex-col gap-2">
        <h2 id="keys-empty-title" className="text-lg font-semibold">
          No enrollment keys yet
        </h2>
        <p className="text-muted-foreground text-sm">
          A device joins your networks with an enrollment key. Create one, then run the join command it gives you on the
          device. There are three kinds:
        </p>
      </div>
      <ul className="grid w-full max-w-3xl gap-3 text-left sm:grid-cols-3">
        {KEY_KINDS.map((kind) => (
          <li key={kind.title} className="bg-muted/40 rounded-lg border p-4">
            <p className="text-sm font-medium">{kind.title}</p>
            <p className="text-muted-foreground mt-1 text-sm">{kind.text}</p>
          </li>
        ))}
      </ul>
      {readOnlyReason ? (
        <p className="text-muted-foreground text-sm">{readOnlyReason}</p>
      ) : (
        <Button onClick={onCreate}>Create key</Button>
      )}
    </section>
  )
}
