import { type ClassValue, clsx } from 'clsx'

/**
 * Join class names. (No tailwind-merge: it costs 8 KB gzipped of the initial bundle. Primitives take
 * variants/size props instead of relying on class overrides.)
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs)
}
