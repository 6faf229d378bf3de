import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useSearch } from 'wouter'

import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'

import { DEFAULT_SOON_WINDOW, parseSoonWindow, type SoonWindow, stopsSoon } from '../lib/expiring-soon'
import { useNow } from './use-now'

/**
 * How many keys still work but stop within the window (the Keys page's `within` when the URL has one,
 * else the default), for the navigation and the page title. 0 while the list is not loaded.
 */
export function useExpiringSoonCount(): { count: number; windowDays: SoonWindow } {
  const { data: keys } = useQuery(enrollmentKeyQueries.list())
  const search = useSearch()
  const windowDays = parseSoonWindow(new URLSearchParams(search).get('within')) ?? DEFAULT_SOON_WINDOW
  const now = useNow()
  const count = useMemo(() => {
    let n = 0
    for (const key of keys ?? []) {
      if (stopsSoon(key, now, windowDays)) n++
    }
    return n
  }, [keys, now, windowDays])
  return { count, windowDays }
}
