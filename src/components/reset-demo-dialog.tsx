import { useState } from 'react'
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from '@/components/ui/alert-dialog'
import { Button } from '@/components/ui/button'

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
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        // Stay open while the reset runs: the page reloads when it is done.
        if (!pending) onOpenChange(next)
      }}
    >
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Reset demo data?</AlertDialogTitle>
          <AlertDialogDescription>
            Every key, network and change made in this demo is replaced with the original sample data. This cannot be
            undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        {failed ? (
          <p role="alert" className="text-destructive text-sm">
            The demo data could not be reset. Reload the page and try again.
          </p>
        ) : null}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button variant="destructive" onClick={() => void reset()} disabled={pending}>
            {pending ? 'Resetting…' : 'Reset demo data'}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  )
}
