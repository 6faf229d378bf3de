import { useEffect, useState } from 'react'

const NOW_TICK_MS = 60_000

/** The current time, updated every minute (statuses and "expires in" follow the clock). */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), NOW_TICK_MS)
    return () => clearInterval(timer)
  }, [])
  return now
}
