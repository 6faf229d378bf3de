import { useEffect, useId, useRef } from 'react'

import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { CopyButton } from '@/components/copy-button'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { formatList } from '@/lib/format'

import { DeviceOnboarding } from '../details/device-onboarding'

export type CreateKeyResultProps = {
  createdKey: EnrollmentKey
  /** The key was found on the server after an unclear failure, rather than answered by the create. */
  recovered: boolean
  onDone: () => void
}

/** After a create: the token in full, how to connect a device (and wait for it), and advice on keeping it. */
export function CreateKeyResult({ createdKey, recovered, onDone }: CreateKeyResultProps) {
  const id = useId()
  const regionRef = useRef<HTMLDivElement>(null)

  // The form is gone: move focus to the news, so keyboard and screen reader users land here.
  useEffect(() => {
    regionRef.current?.focus()
  }, [])

  return (
    <div className="grid gap-5">
      <div
        ref={regionRef}
        tabIndex={-1}
        role="status"
        className="bg-success/8 border-success/30 flex items-start gap-3 rounded-lg border px-4 py-3 outline-none"
      >
        <span className="bg-success text-success-foreground grid size-6 shrink-0 place-content-center rounded-full">
          <Icon className="size-3.5" strokeWidth="3">
            <path d="M20 6 9 17l-5-5" />
          </Icon>
        </span>
        <div className="grid gap-0.5 text-sm">
          <p className="font-semibold">“{createdKey.name}” is ready</p>
          <p className="text-muted-foreground">
            Devices can join {formatList(createdKey.networks)} with it
            {createdKey.isDefault ? '; it is now the default key for these networks' : ''}.
            {recovered ? ' The server had made it on the earlier try, so it was not sent again.' : ''}
          </p>
        </div>
      </div>

      <section aria-labelledby={`${id}-token`} className="grid gap-2">
        <div className="flex items-center justify-between gap-3">
          <h3 id={`${id}-token`} className="text-sm font-medium">
            Token
          </h3>
          <CopyButton value={createdKey.token} label="Copy token" />
        </div>
        <code className="bg-muted block max-h-32 overflow-y-auto rounded-md border px-3 py-2 font-mono text-xs break-all select-all">
          {createdKey.token}
        </code>
      </section>

      <DeviceOnboarding keyItem={createdKey} />

      <Alert variant="info">
        <AlertDescription>
          Store the token in a password manager. Anyone who has it can add devices to these networks
          {createdKey.type === 'unlimited' ? ', with no limit' : ''}. You can see it again in the key&apos;s details.
        </AlertDescription>
      </Alert>

      <div className="flex justify-end">
        <Button onClick={onDone}>Done</Button>
      </div>
    </div>
  )
}
