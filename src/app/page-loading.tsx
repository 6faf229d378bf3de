/** Shown for the moment a lazily loaded page takes to arrive. */
export function PageLoading() {
  return (
    <div role="status" className="text-muted-foreground grid min-h-dvh place-items-center text-sm">
      <span className="flex items-center gap-2">
        <svg viewBox="0 0 24 24" className="size-4 animate-spin" fill="none" aria-hidden="true">
          <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
          <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
        </svg>
        Loading…
      </span>
    </div>
  )
}
