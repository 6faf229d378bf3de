/**
 * The look of a native `<select>` (kept native: the platform's own picker, keyboard and screen-reader
 * behaviour, and no popper code on the first screen). `sm` for selects inside a strip or a bar.
 */
const BASE =
  'border-input bg-card focus-visible:border-ring focus-visible:outline-ring/40 rounded-md border text-sm shadow-xs focus-visible:outline-2 focus-visible:outline-offset-0'

export function nativeSelectClass(size: 'default' | 'sm' = 'default'): string {
  return `${BASE} ${size === 'sm' ? 'h-8 px-2 pr-7' : 'h-9 px-2.5 pr-8'}`
}
