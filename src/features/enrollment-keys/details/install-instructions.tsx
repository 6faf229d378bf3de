import { type KeyboardEvent, useId, useRef, useState } from 'react'

import { CopyButton } from '@/components/copy-button'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/utils'

import { useInstallPlatform } from '../hooks/use-install-platform'
import { useServerCapabilities } from '../hooks/use-server-capabilities'
import { maskToken } from '../lib/format'
import {
  INSTALL_PLATFORM_LABELS,
  INSTALL_PLATFORMS,
  installGuide,
  type InstallPlatform,
  stepUsesToken,
} from '../lib/install-commands'

export type InstallInstructionsProps = {
  token: string
  /** Controlled reveal (the details dialog's "Reveal token" drives both); else a toggle of its own. */
  revealed?: boolean
  /** The key's current token, checked with the server just before a copy (null: the copy is refused). */
  freshToken?: () => Promise<string | null>
  className?: string
}

const SHELL_LABELS = { sh: 'Shell', powershell: 'PowerShell', yaml: 'YAML' } as const

/**
 * How to bring a device in, per platform: tabs for Linux, Docker, Windows, macOS and "already installed",
 * the chosen one remembered. Commands show the token masked until it is revealed; each has its own copy
 * button, which copies the real command either way.
 */
export function InstallInstructions({
  token,
  revealed: revealedProp,
  freshToken,
  className,
}: InstallInstructionsProps) {
  const id = useId()
  const [platform, setPlatform] = useInstallPlatform()
  const [ownReveal, setOwnReveal] = useState(false)
  const revealed = revealedProp ?? ownReveal
  const { version } = useServerCapabilities()
  const guide = installGuide(platform, version)
  const shownToken = revealed ? token : maskToken(token)
  const tabRefs = useRef(new Map<InstallPlatform, HTMLButtonElement>())

  function onTabKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = INSTALL_PLATFORMS.indexOf(platform)
    const last = INSTALL_PLATFORMS.length - 1
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    const target = INSTALL_PLATFORMS[next]
    if (!target) return
    setPlatform(target)
    tabRefs.current.get(target)?.focus()
  }

  return (
    <section aria-labelledby={`${id}-title`} className={cn('flex flex-col gap-3', className)}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${id}-title`} className="text-sm font-medium">
          Connect a device
        </h3>
        {revealedProp === undefined ? (
          <Button variant="ghost" size="sm" aria-pressed={ownReveal} onClick={() => setOwnReveal((v) => !v)}>
            {ownReveal ? 'Hide token in commands' : 'Show token in commands'}
          </Button>
        ) : null}
      </div>

      <div role="tablist" aria-label="Platform" className="bg-muted flex flex-wrap gap-0.5 rounded-lg border p-0.5">
        {INSTALL_PLATFORMS.map((option) => {
          const selected = option === platform
          return (
            <button
              key={option}
              ref={(element) => {
                if (element) tabRefs.current.set(option, element)
                else tabRefs.current.delete(option)
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${option}`}
              aria-selected={selected}
              aria-controls={`${id}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setPlatform(option)}
              onKeyDown={onTabKeyDown}
              className={cn(
                'focus-visible:outline-ring h-8 rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-offset-1',
                selected ? 'bg-card text-foreground shadow-sm' : 'text-muted-foreground hover:text-foreground',
              )}
            >
              {INSTALL_PLATFORM_LABELS[option]}
            </button>
          )
        })}
      </div>

      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${platform}`} className="flex flex-col gap-3">
        <p className="text-muted-foreground text-sm">{guide.intro}</p>
        {guide.steps.map((step) => {
          const usesToken = stepUsesToken(step)
          const title = `${INSTALL_PLATFORM_LABELS[platform]}: ${step.title}`
          return (
            <div key={`${platform}-${step.id}`} className="flex flex-col gap-1.5">
              <div className="flex items-center justify-between gap-2">
                <p className="text-sm font-medium">
                  {step.title}{' '}
                  <span className="text-muted-foreground text-xs font-normal">({SHELL_LABELS[step.shell]})</span>
                </p>
                <CopyButton
                  value={step.command(token)}
                  label={step.copyLabel}
                  iconOnly
                  resolveValue={
                    freshToken
                      ? async () => {
                          const current = await freshToken()
                          return current === null ? null : step.command(current)
                        }
                      : undefined
                  }
                />
              </div>
              {/* Focusable, so a long command that scrolls inside its box can be scrolled from the keyboard. */}
              <pre
                role="region"
                tabIndex={0}
                aria-label={usesToken && !revealed ? `${title} (token masked)` : title}
                className="bg-muted focus-visible:outline-ring max-h-48 overflow-auto rounded-md border px-3 py-2 font-mono text-xs leading-relaxed [overflow-wrap:anywhere] whitespace-pre-wrap focus-visible:outline-2"
              >
                {step.command(shownToken)}
              </pre>
            </div>
          )
        })}
        {guide.caveat ? (
          <Alert variant="info">
            <AlertDescription>{guide.caveat}</AlertDescription>
          </Alert>
        ) : null}
        {revealed ? null : (
          <p className="text-muted-foreground text-xs">
            The token is masked. Copy buttons copy the real command; anyone with the token can join devices to these
            networks.
          </p>
        )}
      </div>
    </section>
  )
}
