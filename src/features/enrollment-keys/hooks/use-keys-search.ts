import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { looksLikeSecret } from '@/api/enrollment-keys/secret-search'

import type { ViewParams } from '../lib/list-view'
import type { SetViewParams } from './use-keys-view-params'

/** The search goes into the URL (replacing the entry) once typing pauses this long. */
const SEARCH_DEBOUNCE_MS = 150

export type KeysSearch = {
  /** What the search box shows. */
  search: string
  setSearch: (search: string) => void
  /** The view the list shows: the URL's, with the search as typed (deferred, so typing stays fluid). */
  view: ViewParams
  /** Changes the URL's view; a change to the search also sets the box (Clear filters, removing a chip). */
  updateView: SetViewParams
  /** The search looks like a token or a key's value: it is searched, but never written to the URL. */
  secretSearch: boolean
}

/**
 * The search box and the URL's view kept together: the list follows the box at once, the URL follows it
 * once typing pauses, and a URL change from elsewhere (Back/Forward) resets the box. A pasted token or key
 * value is searched but kept out of the URL (history, next=, Referer).
 */
export function useKeysSearch(
  urlView: ViewParams,
  setView: SetViewParams,
  keys: readonly EnrollmentKey[] | undefined,
): KeysSearch {
  const [search, setSearch] = useState(urlView.q)
  // Adjusting state to a new URL during render (not in an effect) avoids a frame with the old search.
  const [seenUrlQ, setSeenUrlQ] = useState(urlView.q)
  if (urlView.q !== seenUrlQ) {
    setSeenUrlQ(urlView.q)
    setSearch(urlView.q)
  }
  const secretSearch = looksLikeSecret(search, keys ?? [])
  useEffect(() => {
    const q = secretSearch ? '' : search
    if (q === urlView.q) return
    const timer = setTimeout(() => {
      setSeenUrlQ(q)
      setView({ q }, { replace: true })
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [search, secretSearch, urlView.q, setView])

  const updateView = useCallback<SetViewParams>(
    (changes, options) => {
      if (changes.q !== undefined) setSearch(changes.q)
      setView(changes, options)
    },
    [setView],
  )
  const deferredSearch = useDeferredValue(search)
  const view = useMemo(
    () =>
      deferredSearch === urlView.q ? urlView : { ...urlView, q: deferredSearch, page: secretSearch ? urlView.page : 1 },
    [urlView, deferredSearch, secretSearch],
  )
  return { search, setSearch, view, updateView, secretSearch }
}
