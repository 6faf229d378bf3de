/**
 * The console's one set of text formatters: counts, lists, dates and times. Counts and lists are in
 * English like the rest of the interface; dates and times follow the user's locale and time zone.
 */

const countFormat = new Intl.NumberFormat('en')

/** "1,990": a whole number with its thousands grouped. */
export function formatCount(n: number): string {
  return countFormat.format(n)
}

/** "1 key", "3 keys", "1,990 keys" (`words` for an irregular plural). */
export function countOf(n: number, word: string, words = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : words}`
}

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })

/** "a", "a and b", "a, b and c". */
export function formatList(items: readonly string[]): string {
  return listFormat.format(items)
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

/** One cached `Intl.DateTimeFormat` per locale, time zone and style. */
function cachedFormat(
  style: 'date-time' | 'time',
  locale: string | undefined,
  timeZone: string | undefined,
): Intl.DateTimeFormat {
  const cacheKey = `${style}|${locale ?? ''}|${timeZone ?? ''}`
  let format = dateTimeFormats.get(cacheKey)
  if (!format) {
    const date = style === 'date-time' ? ({ day: 'numeric', month: 'short', year: 'numeric' } as const) : {}
    format = new Intl.DateTimeFormat(locale, { ...date, hour: '2-digit', minute: '2-digit', timeZone })
    dateTimeFormats.set(cacheKey, format)
  }
  return format
}

/** "12 Dec 2026, 14:00" in the user's locale and time zone (or the given ones). */
export function formatDateTime(date: Date, locale?: string, timeZone?: string): string {
  return cachedFormat('date-time', locale, timeZone).format(date)
}

/** "14:00" (or "02:00 PM"): the time of day in the user's locale and time zone (or the given ones). */
export function formatTime(date: Date, locale?: string, timeZone?: string): string {
  return cachedFormat('time', locale, timeZone).format(date)
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()

const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
]

/** "in 3 days", "2 months ago": the distance from now to a date, in the user's locale. */
export function formatRelative(date: Date, now: Date = new Date(), locale?: string): string {
  const cacheKey = locale ?? ''
  let format = relativeFormats.get(cacheKey)
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    relativeFormats.set(cacheKey, format)
  }
  const seconds = (date.getTime() - now.getTime()) / 1000
  const abs = Math.abs(seconds)
  for (const [unit, size] of RELATIVE_UNITS) {
    if (abs >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(Math.round(seconds / 60), 'minute')
}
