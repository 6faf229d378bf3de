import { useCallback } from 'react'
import { useLocation, useSearch } from 'wouter'

/**
 * The URL parameter that opens a key's details: `/keys?key=office-laptops`. It names the key by its
 * name, never by its value or token (the value is what the token carries, so it is a secret too).
 */
export const DETAILS_PARAM = 'key'

/** The key name in the URL, and a setter that replaces the history entry (details are not a page of their own). */
export function useDetailsLink(): [string | null, (name: string | null) => void] {
  const search = useSearch()
  const [location, navigate] = useLocation()
  const name = new URLSearchParams(search).get(DETAILS_PARAM)

  const setName = useCallback(
    (next: string | null) => {
      const params = new URLSearchParams(search)
      if (next) params.set(DETAILS_PARAM, next)
      else params.delete(DETAILS_PARAM)
      const query = params.toString()
      if (query === new URLSearchParams(search).toString()) return
      navigate(query ? `${location}?${query}` : location, { replace: true })
    },
    [search, location, navigate],
  )
  return [name || null, setName]
}
