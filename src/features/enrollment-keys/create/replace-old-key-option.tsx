import { useId } from 'react'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { Checkbox } from '@/components/ui/checkbox'
import { Label } from '@/components/ui/label'

import { canDeleteOldKey, type PrefillMode } from '../forms/prefill-from-key'

export type ReplaceOldKeyOptionProps = {
  mode: PrefillMode
  source: EnrollmentKey
  /** Delete the old key once the new one exists (not for a default key). */
  deleteOld: boolean
  onDeleteOldChange: (deleteOld: boolean) => void
  /** The new key is created as the default (for a default key's replacement). */
  makeDefault: boolean
  onMakeDefaultChange: (makeDefault: boolean) => void
  /** The server can set default keys (not v1.5). */
  defaultSupported: boolean
  /** The server's version, for saying what it lacks. */
  serverVersion: string | null
}

/**
 * On the review step of a renew or clone: what becomes of the old key. A key that is not the default
 * can be deleted once its replacement exists; a default key cannot be deleted, but its replacement can
 * take over as the default where the server supports it (and where it does not, that is said).
 */
export function ReplaceOldKeyOption({
  mode,
  source,
  deleteOld,
  onDeleteOldChange,
  makeDefault,
  onMakeDefaultChange,
  defaultSupported,
  serverVersion,
}: ReplaceOldKeyOptionProps) {
  const id = useId()
  const name = source.name || '(no name)'
  const box = 'flex items-start gap-3 rounded-lg border px-4 py-3'

  if (canDeleteOldKey(source)) {
    return (
      <div className={box}>
        <Checkbox
          id={`${id}-delete`}
          checked={deleteOld}
          onCheckedChange={(checked) => onDeleteOldChange(checked === true)}
          aria-describedby={`${id}-delete-desc`}
          className="mt-0.5"
        />
        <div className="grid gap-1">
          <Label htmlFor={`${id}-delete`} className="cursor-pointer">
            Delete {name} once the new key exists
          </Label>
          <p id={`${id}-delete-desc`} className="text-muted-foreground text-xs">
            {mode === 'renew'
              ? 'Its token stops working then. Nothing is deleted if the new key cannot be created.'
              : 'Nothing is deleted if the new key cannot be created.'}
          </p>
        </div>
      </div>
    )
  }

  if (!defaultSupported) {
    return (
      <p className="text-muted-foreground rounded-lg border px-4 py-3 text-sm">
        {name} is a default key, so it is kept (default keys can’t be deleted). This server
        {serverVersion ? ` (${serverVersion})` : ''} cannot change which key is the default, so the new key can’t take
        over from it.
      </p>
    )
  }

  return (
    <div className={box}>
      <Checkbox
        id={`${id}-default`}
        checked={makeDefault}
        onCheckedChange={(checked) => onMakeDefaultChange(checked === true)}
        aria-describedby={`${id}-default-desc`}
        className="mt-0.5"
      />
      <div className="grid gap-1">
        <Label htmlFor={`${id}-default`} className="cursor-pointer">
          Make the new key the default instead of {name}
        </Label>
        <p id={`${id}-default-desc`} className="text-muted-foreground text-xs">
          {name} is a default key, so it is kept (default keys can’t be deleted); it stops being the default for the
          networks the new key covers.
        </p>
      </div>
    </div>
  )
}
