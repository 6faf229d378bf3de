import { useState } from 'react'

import { ConfirmDialog } from '@/components/confirm-dialog'

/** The mock server's own route (demo builds only): re-seeds the sample data. */
const RESET_URL = '/__mock/reset'

export type ResetDemoDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Confirms a demo reset, runs it, and reloads the page so every screen starts from the sample data. */
export function ResetDemoDialog({ open, onOpenChange }: ResetDemoDialogProps) {
  const [pending, setPending] = useState(false)
  const [failed, setFailed] = useState(false)

  async function reset() {
    setPending(true)
    setFailed(false)
    try {
      const response = await fetch(RESET_URL, { method: 'POST' })
      if (!response.ok) throw new Error(`Reset answered ${response.status}`)
      window.location.reload()
    } catch {
      setPending(false)
      setFailed(true)
    }
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      // Stays open while the reset runs: the page reloads when it is done.
      pending={pending}
      title="Reset demo data?"
      description="Every key, network and change made in this demo is replaced with the original sample data. This cannot be undone."
      error={failed ? { message: 'The demo data could not be reset. Reload the page and try again.' } : null}
      onConfirm={() => void reset()}
      confirmLabel="Reset demo data"
      pendingLabel="Resetting…"
    />
  )
}
