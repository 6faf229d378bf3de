import { Component, type ErrorInfo, type ReactNode } from 'react'

import { resetFailedLazyComponents } from '@/lib/lazy-with-retry'

export type ErrorBoundaryProps = {
  children: ReactNode
  /** What to show instead; `retry` lets failed chunks load afresh and renders the children again. */
  fallback: (error: unknown, retry: () => void) => ReactNode
}

type State = { error: unknown; failed: boolean }

/** Catches what its children throw while rendering (a chunk that would not load, a bug) instead of a white page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null, failed: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Visible in the console for whoever debugs it; never contains a token (render errors only).
    console.error('A part of the page failed to render', error, info.componentStack)
  }

  retry = () => {
    resetFailedLazyComponents()
    this.setState({ error: null, failed: false })
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error, this.retry) : this.props.children
  }
}
