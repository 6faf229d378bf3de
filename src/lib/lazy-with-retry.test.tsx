import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { LazyBoundary } from '@/components/load-error'

import { CHUNK_RELOAD_FLAG, lazyWithRetry } from './lazy-with-retry'
import { handlePreloadError } from './preload-error'

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>
}

/** A chunk loader that fails the first `failures` times (as offline, or a 404 after a redeploy). */
function flakyLoader(failures: number) {
  let calls = 0
  const load = () => {
    calls += 1
    return calls <= failures
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : Promise.resolve(Hello)
  }
  return { load, calls: () => calls }
}

describe('lazyWithRetry + LazyBoundary', { timeout: 15_000 }, () => {
  it('tries a failed chunk once more by itself', async () => {
    const loader = flakyLoader(1)
    const Lazy = lazyWithRetry(loader.load)
    render(
      <LazyBoundary>
        <Lazy name="again" />
      </LazyBoundary>,
    )
    expect(await screen.findByText('Hello again', {}, { timeout: 3000 })).toBeInTheDocument()
    expect(loader.calls()).toBe(2)
  })

  it('explains a chunk that will not load, instead of a white page, and Retry loads it afresh', async () => {
    const loader = flakyLoader(2)
    const Lazy = lazyWithRetry(loader.load)
    const onClose = vi.fn()
    render(
      <LazyBoundary onClose={onClose}>
        <Lazy name="dialog" />
      </LazyBoundary>,
    )
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 })
    expect(alert).toHaveTextContent("Couldn't load this part of the console")
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Hello dialog')).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()
  })

  it('Close closes what failed to open', async () => {
    const Lazy = lazyWithRetry(flakyLoader(10).load)
    const onClose = vi.fn()
    render(
      <LazyBoundary onClose={onClose}>
        <Lazy name="x" />
      </LazyBoundary>,
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Close' }, { timeout: 3000 }))
    expect(onClose).toHaveBeenCalledTimes(1)
  })
})

describe('vite:preloadError', () => {
  function storage() {
    const map = new Map<string, string>()
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) }
  }

  it('reloads once, then leaves the failure to the boundary (no reload loop)', () => {
    const store = storage()
    const reload = vi.fn()
    const first = new Event('vite:preloadError', { cancelable: true })
    expect(handlePreloadError(first, { storage: store, reload, isOffline: () => false })).toBe('reloading')
    expect(first.defaultPrevented).toBe(true)
    expect(store.getItem(CHUNK_RELOAD_FLAG)).not.toBeNull()

    const second = new Event('vite:preloadError', { cancelable: true })
    expect(handlePreloadError(second, { storage: store, reload, isOffline: () => false })).toBe('explained')
    expect(second.defaultPrevented).toBe(false)
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('does not reload while offline (that would show the browser’s offline page)', () => {
    const reload = vi.fn()
    const event = new Event('vite:preloadError', { cancelable: true })
    expect(handlePreloadError(event, { storage: storage(), reload, isOffline: () => true })).toBe('explained')
    expect(reload).not.toHaveBeenCalled()
  })

  it('a chunk that loads clears the flag, so a later redeploy may reload again', async () => {
    sessionStorage.setItem(CHUNK_RELOAD_FLAG, '1')
    const Lazy = lazyWithRetry(flakyLoader(0).load)
    render(
      <LazyBoundary>
        <Lazy name="ok" />
      </LazyBoundary>,
    )
    expect(await screen.findByText('Hello ok')).toBeInTheDocument()
    expect(sessionStorage.getItem(CHUNK_RELOAD_FLAG)).toBeNull()
  })
})
