import { lazyWithRetry } from '@/lib/lazy-with-retry'
import type { KeyAction } from './use-key-actions'

/**
 * The action dialogs, each in its own chunk (they bring Radix dialogs and react-hook-form, which the
 * first screen does not need). Loaded on first open; `preloadKeyActionDialog` warms one up when a
 * menu opens.
 */
const loaders = {
  edit: () => import('./edit-key-dialog'),
  'set-default': () => import('./set-default-dialog'),
  regenerate: () => import('./regenerate-token-dialog'),
  delete: () => import('./delete-key-dialog'),
  renew: () => import('./renew-clone-key-dialog'),
  clone: () => import('./renew-clone-key-dialog'),
} satisfies Record<KeyAction, () => Promise<unknown>>

export const LazyEditKeyDialog = lazyWithRetry(() => loaders.edit().then((m) => m.EditKeyDialog))
export const LazySetDefaultDialog = lazyWithRetry(() => loaders['set-default']().then((m) => m.SetDefaultDialog))
export const LazyRegenerateTokenDialog = lazyWithRetry(() => loaders.regenerate().then((m) => m.RegenerateTokenDialog))
export const LazyDeleteKeyDialog = lazyWithRetry(() => loaders.delete().then((m) => m.DeleteKeyDialog))
export const LazyRenewCloneKeyDialog = lazyWithRetry(() => loaders.renew().then((m) => m.RenewCloneKeyDialog))

export function preloadKeyActionDialog(action: KeyAction): void {
  void loaders[action]().catch(() => undefined)
}

export function preloadKeyActionDialogs(): void {
  for (const action of Object.keys(loaders) as KeyAction[]) preloadKeyActionDialog(action)
}
