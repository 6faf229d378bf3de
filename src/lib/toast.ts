/** A tiny toast store (the UI lives in components/toaster.tsx). */
export type ToastVariant = 'success' | 'error' | 'info'

export type Toast = {
  id: number
  variant: ToastVariant
  title: string
  description?: string
}

type Listener = () => void

let toasts: readonly Toast[] = []
let nextId = 1
const listeners = new Set<Listener>()
const timers = new Map<number, ReturnType<typeof setTimeout>>()

function emit(next: readonly Toast[]) {
  toasts = next
  for (const listener of listeners) listener()
}

export function dismissToast(id: number) {
  clearTimeout(timers.get(id))
  timers.delete(id)
  emit(toasts.filter((t) => t.id !== id))
}

function show(
  variant: ToastVariant,
  title: string,
  description?: string,
  durationMs = variant === 'error' ? 8000 : 4000,
) {
  const id = nextId++
  emit([...toasts.slice(-4), { id, variant, title, description }])
  timers.set(
    id,
    setTimeout(() => dismissToast(id), durationMs),
  )
  return id
}

export const toast = {
  success: (title: string, description?: string) => show('success', title, description),
  error: (title: string, description?: string) => show('error', title, description),
  info: (title: string, description?: string) => show('info', title, description),
}

export const toastStore = {
  subscribe(listener: Listener) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  getSnapshot: () => toasts,
}
