import { lazy, Suspense, useRef, useState } from 'react'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'

import { InstallInstructions } from './install-instructions'

// Loaded when the administrator starts waiting: the list views never need it.
const WaitForDevice = lazy(() => import('./wait-for-device').then((m) => ({ default: m.WaitForDevice })))

export type DeviceOnboardingProps = {
  keyItem: EnrollmentKey
  /** Controlled reveal of the token in the commands (see InstallInstructions). */
  revealed?: boolean
  /** Start already waiting (right after a key is created or regenerated, when asked to). */
  defaultWaiting?: boolean
  /** The key's current token, checked just before a command is copied (see InstallInstructions). */
  freshToken?: () => Promise<string | null>
}

/** From a key to a connected device: install commands per platform, then "Wait for a device". */
export function DeviceOnboarding({ keyItem, revealed, freshToken, defaultWaiting = false }: DeviceOnboardingProps) {
  const [waiting, setWaiting] = useState(defaultWaiting)
  const startRef = useRef<HTMLButtonElement>(null)

  function stop() {
    setWaiting(false)
    // The panel (and the focus in it) is gone: return to the button that opened it.
    requestAnimationFrame(() => startRef.current?.focus())
  }

  return (
    <div className="flex flex-col gap-3">
      <InstallInstructions token={keyItem.token} revealed={revealed} freshToken={freshToken} />
      {waiting ? (
        <Suspense
          fallback={
            <p role="status" className="flex items-center gap-2 text-sm">
              <Spinner /> Getting ready to wait…
            </p>
          }
        >
          <WaitForDevice keyItem={keyItem} onStop={stop} />
        </Suspense>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button ref={startRef} variant="secondary" size="sm" onClick={() => setWaiting(true)}>
            Wait for a device
          </Button>
          <p className="text-muted-foreground text-xs">
            Run the commands on the device; this console shows it as soon as the server has it.
          </p>
        </div>
      )}
    </div>
  )
}
