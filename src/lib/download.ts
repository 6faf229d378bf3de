/**
 * Save text as a file through the browser's download (a Blob URL on a temporary link). Nothing leaves the
 * browser: the content never goes into a URL other than the local `blob:` one, revoked right after.
 */
export function downloadTextFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    // The click has handed the Blob to the download; let the current task finish before revoking.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
}
