import { Link } from 'wouter'
import { buttonVariants } from '@/components/ui/button'

export function NotFoundPage() {
  return (
    <section className="mx-auto flex max-w-md flex-col items-center gap-4 py-24 text-center">
      <p className="text-primary text-sm font-semibold">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-muted-foreground">
        There is nothing at this address. It may have moved, or the link is wrong.
      </p>
      <Link href="/keys" className={buttonVariants()}>
        Go to Keys
      </Link>
    </section>
  )
}
