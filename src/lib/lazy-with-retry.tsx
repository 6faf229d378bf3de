import { type ComponentType, lazy, type LazyExoticComponent } from 'react'

/** A code chunk could not be loaded: offline, or the console was redeployed and the old chunk is gone. */
export class ChunkLoadError extends Error {
  override readonly name = 'ChunkLoadError'
  constructor(cause: unknown) {
    super('A part of the console could not be loaded', { cause })
  }
}

export function isChunkLoadError(error: unknown): error is ChunkLoadError {
  return error instanceof ChunkLoadError
}

/** Pause before the one automatic second try: long enough for a dropped connection to come back. */
const RETRY_DELAY_MS = 600

/** Set by a chunk failure that reloaded the page (see preload-error.ts); a successful load clears it. */
export const CHUNK_RELOAD_FLAG = 'nm-console.reloaded-for-chunk'

function clearReloadFlag() {
  try {
    sessionStorage.removeItem(CHUNK_RELOAD_FLAG)
  } catch {
    // storage unavailable: nothing to clear
  }
}

/** Resets of the lazy components whose load failed: "Retry" in an error boundary starts them afresh. */
const failedResets = new Set<() => void>()

/** Let every lazy component that failed to load try again on its next render. */
export function resetFailedLazyComponents(): void {
  for (const reset of failedResets) reset()
  failedResets.clear()
}

export type RetryableLazy<P extends object> = ComponentType<P> & {
  /** Start loading now (e.g. when the menu that opens it is shown); failures are left for later. */
  preload: () => void
}

/**
 * React.lazy that tries a failed import once more after a short pause, and, when that fails too, throws
 * a ChunkLoadError for the nearest error boundary, which can offer "Retry" (a fresh load, not React's
 * cached failure) and "Reload".
 */
export function lazyWithRetry<P extends object>(load: () => Promise<ComponentType<P>>): RetryableLazy<P> {
  async function loadTwice(): Promise<{ default: ComponentType<P> }> {
    try {
      const component = await load().catch(async () => {
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS))
        return load()
      })
      clearReloadFlag()
      return { default: component }
    } catch (error) {
      failedResets.add(reset)
      throw new ChunkLoadError(error)
    }
  }

  let Lazy: LazyExoticComponent<ComponentType<P>> = lazy(loadTwice)
  function reset() {
    Lazy = lazy(loadTwice)
  }

  function LazyComponent(props: P) {
    const Current = Lazy
    return <Current {...props} />
  }
  LazyComponent.preload = () => void load().catch(() => undefined)
  return LazyComponent
}
