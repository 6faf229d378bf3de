import { Link } from 'wouter'

import { buttonVariants } from '@/components/ui/button'

/** Any address inside the console that matches no page. */
export function NotFoundPage() {
  return (
    <section
      aria-labelledby="not-found-title"
      className="mx-auto flex max-w-md flex-col items-center gap-4 py-24 text-center"
    >
      <p className="text-primary font-mono text-sm font-semibold">404</p>
      <h1 id="not-found-title" className="text-2xl font-semibold tracking-tight">
        Page not found
      </h1>
      <p className="text-muted-foreground">
        There is nothing at this address. It may have moved, or the link is wrong.
      </p>
      <Link href="/keys" className={buttonVariants()}>
        Go to Keys
      </Link>
    </section>
  )
}
