import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'

import { parseViewParams, serializeViewParams, type ViewParams } from '../lib/list-view'

export type SetViewParams = (
  changes: Partial<ViewParams>,
  options?: {
    /** Replace the history entry instead of pushing one (while typing). */
    replace?: boolean
  },
) => void

/**
 * The list view (search, filters, sort, page, page size) kept in the URL's query string, so reload,
 * shared links and Back/Forward restore it. Other parameters (e.g. `scenario`) are preserved.
 * Any change other than to `page` goes back to the first page.
 */
export function useKeysViewParams(): [ViewParams, SetViewParams] {
  const search = useSearch()
  const [location, navigate] = useLocation()
  const view = useMemo(() => parseViewParams(search), [search])

  const setView = useCallback<SetViewParams>(
    (changes, options) => {
      const resetsPage = Object.keys(changes).some((name) => name !== 'page')
      const next: ViewParams = { ...view, ...changes, ...(resetsPage && !('page' in changes) ? { page: 1 } : {}) }
      const query = serializeViewParams(next, search)
      if (query === new URLSearchParams(search).toString()) return
      navigate(query ? `${location}?${query}` : location, { replace: options?.replace ?? false })
    },
    [view, search, location, navigate],
  )

  return [view, setView]
}
