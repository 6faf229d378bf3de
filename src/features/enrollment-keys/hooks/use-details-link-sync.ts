import { useEffect, useRef } from 'react'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { toast } from '@/lib/toast'

import type { KeysPageEvent } from '../state/keys-page-state'
import { useDetailsLink } from './use-details-link'
import type { SetViewParams } from './use-keys-view-params'

/**
 * The details have a link of their own: `?key=<name>` (a name, never the key's value or token). A link
 * opens the details once the list is loaded (a name no key has says so; one several keys share shows a
 * search for them); after that the URL follows whichever key's details are open.
 */
export function useDetailsLinkSync(
  keys: readonly EnrollmentKey[] | undefined,
  detailsName: string | null,
  dispatch: (event: KeysPageEvent) => void,
  setView: SetViewParams,
) {
  const [linkedName, setLinkedName] = useDetailsLink()
  // The name the page was opened with, until the list it is looked up in has loaded.
  const pending = useRef(linkedName)

  useEffect(() => {
    const name = pending.current
    if (name === null) {
      if (detailsName !== linkedName) setLinkedName(detailsName)
      return
    }
    if (!keys) return
    pending.current = null
    const matches = keys.filter((k) => k.name === name)
    const [only] = matches
    if (only && matches.length === 1) {
      dispatch({ type: 'details-opened', id: only.id, focusReturn: null })
    } else if (matches.length > 1) {
      // The URL changes, so this runs again and then takes the name out of it.
      setView({ q: name }, { replace: true })
    } else {
      toast.error(`No key named “${name}” on this server`, 'It may have been deleted or renamed.')
      setLinkedName(null)
    }
  }, [keys, detailsName, linkedName, setLinkedName, dispatch, setView])
}
