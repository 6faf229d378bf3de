import { lazyWithRetry } from '@/lib/lazy-with-retry'

/**
 * Every dialog of the Keys page, each in its own chunk (they bring Radix dialogs and react-hook-form, which
 * the first screen does not need), loaded on first open with `lazyWithRetry`. This is the one place that
 * says where a dialog's code is.
 */
export const keyDialogs = {
  details: lazyWithRetry(() => import('../details/key-details-dialog').then((m) => m.KeyDetailsDialog)),
  create: lazyWithRetry(() => import('../create/create-key-dialog').then((m) => m.CreateKeyDialog)),
  export: lazyWithRetry(() => import('../actions/export-keys-dialog').then((m) => m.ExportKeysDialog)),
  checkToken: lazyWithRetry(() => import('../actions/check-token-dialog').then((m) => m.CheckTokenDialog)),
  bulkDelete: lazyWithRetry(() => import('../actions/bulk-delete-dialog').then((m) => m.BulkDeleteDialog)),
  edit: lazyWithRetry(() => import('../actions/edit-key-dialog').then((m) => m.EditKeyDialog)),
  setDefault: lazyWithRetry(() => import('../actions/set-default-dialog').then((m) => m.SetDefaultDialog)),
  regenerate: lazyWithRetry(() => import('../actions/regenerate-token-dialog').then((m) => m.RegenerateTokenDialog)),
  delete: lazyWithRetry(() => import('../actions/delete-key-dialog').then((m) => m.DeleteKeyDialog)),
  renewClone: lazyWithRetry(() => import('../actions/renew-clone-key-dialog').then((m) => m.RenewCloneKeyDialog)),
}

/** Warm up the one-key action dialogs (when an actions menu opens); a failure shows when one opens. */
export function preloadKeyActionDialogs(): void {
  const { edit, setDefault, regenerate, delete: remove, renewClone } = keyDialogs
  for (const dialog of [edit, setDefault, regenerate, remove, renewClone]) dialog.preload()
}
