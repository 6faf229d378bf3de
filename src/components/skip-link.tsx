import type { MouseEvent } from 'react'

export type SkipLinkProps = {
  /** Id of the element to jump to; it needs tabIndex={-1} to take focus. */
  targetId?: string
}

/** The first tab stop: jumps past the header to the page content. Visible only when focused. */
export function SkipLink({ targetId = 'main' }: SkipLinkProps) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(targetId)
    if (!target) return
    // Move focus without touching the URL (the router owns it).
    event.preventDefault()
    target.focus()
    target.scrollIntoView({ block: 'start' })
  }

  return (
    <a
      href={`#${targetId}`}
      onClick={onClick}
      className="bg-card text-foreground ring-ring fixed top-2 left-2 z-[200] -translate-y-[200%] rounded-md px-4 py-2 text-sm font-medium shadow-lg ring-2 focus:translate-y-0"
    >
      Skip to content
    </a>
  )
}
