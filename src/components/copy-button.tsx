import { lazy, Suspense, useEffect, useRef, useState } from 'react'

import { Button, type ButtonProps } from '@/components/ui/button'
import { Icon } from '@/components/ui/icon'
import { copyText } from '@/lib/clipboard'

// The fallback pulls in Radix Popover: load it only when the Clipboard API fails.
const CopyFallbackPopover = lazy(() =>
  import('./copy-fallback-popover').then((m) => ({ default: m.CopyFallbackPopover })),
)

export type CopyButtonProps = Omit<ButtonProps, 'onClick' | 'children'> & {
  /** The text to copy. */
  value: string
  /** Visible (and accessible) label, e.g. "Copy token". */
  label: string
  /** Hide the label visually and show only the icon (the label stays the accessible name). */
  iconOnly?: boolean
  /**
   * Runs first (e.g. checks with the server that a token is still current): resolves to the text to
   * copy, or null to copy nothing.
   */
  resolveValue?: () => Promise<string | null>
}

/**
 * Copies `value`. Without the Clipboard API (or when it is refused) it shows the text selected in a
 * popover with "Press Ctrl+C", so copying always works.
 */
export function CopyButton({
  value,
  label,
  iconOnly = false,
  variant = 'outline',
  size = 'sm',
  resolveValue,
  ...props
}: CopyButtonProps) {
  const [copied, setCopied] = useState(false)
  const [fallbackOpen, setFallbackOpen] = useState(false)
  const [fallbackMounted, setFallbackMounted] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => () => clearTimeout(timer.current), [])

  const [checking, setChecking] = useState(false)
  const [fallbackValue, setFallbackValue] = useState(value)

  async function onClick() {
    let text: string | null = value
    if (resolveValue) {
      setChecking(true)
      try {
        text = await resolveValue()
      } finally {
        setChecking(false)
      }
    }
    if (text === null) return
    setFallbackValue(text)
    const ok = await copyText(text)
    if (ok) {
      setCopied(true)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setCopied(false), 2000)
    } else {
      setFallbackMounted(true)
      setFallbackOpen(true)
    }
  }

  const text = copied ? 'Copied' : checking ? 'Checking…' : label

  return (
    <>
      <Button
        ref={buttonRef}
        variant={variant}
        size={iconOnly ? (size === 'sm' ? 'icon-sm' : 'icon') : size}
        onClick={() => void onClick()}
        aria-busy={checking || undefined}
        aria-label={iconOnly ? label : undefined}
        title={iconOnly ? label : undefined}
        {...props}
      >
        {copied ? (
          <Icon>
            <path d="M20 6 9 17l-5-5" />
          </Icon>
        ) : (
          <Icon>
            <rect x="9" y="9" width="13" height="13" rx="2" />
            <path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1" />
          </Icon>
        )}
        {iconOnly ? null : <span>{text}</span>}
      </Button>
      <span role="status" aria-live="polite" className="sr-only">
        {copied ? `${label}: copied to clipboard` : ''}
      </span>
      {fallbackMounted ? (
        <Suspense fallback={null}>
          <CopyFallbackPopover
            anchorRef={buttonRef}
            open={fallbackOpen}
            onOpenChange={setFallbackOpen}
            value={fallbackValue}
            label={label}
          />
        </Suspense>
      ) : null}
    </>
  )
}
