/** Copy text with the Clipboard API; false when it is missing or refused (caller shows a fallback). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // permission denied or not focused: fall through
  }
  return false
}
