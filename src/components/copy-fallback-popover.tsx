import type { RefObject } from 'react'

import { Popover, PopoverAnchor, PopoverContent } from '@/components/ui/popover'

export type CopyFallbackPopoverProps = {
  /** The copy button the popover points at (and gives focus back to). */
  anchorRef: RefObject<HTMLButtonElement | null>
  open: boolean
  onOpenChange: (open: boolean) => void
  value: string
  label: string
}

/**
 * Copying without the Clipboard API: the text, selected, with "Press Ctrl+C". Loaded only when
 * needed, so Radix Popover stays out of the initial bundle.
 */
export function CopyFallbackPopover({ anchorRef, open, onOpenChange, value, label }: CopyFallbackPopoverProps) {
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
  return (
    <Popover open={open} onOpenChange={onOpenChange}>
      <PopoverAnchor virtualRef={anchorRef as RefObject<HTMLButtonElement>} />
      <PopoverContent
        className="w-96 max-w-[calc(100vw-2rem)]"
        aria-label={`${label}: copy manually`}
        onCloseAutoFocus={(event) => {
          event.preventDefault()
          anchorRef.current?.focus()
        }}
      >
        <p className="mb-2 text-sm font-medium">Press {isMac ? '⌘C' : 'Ctrl+C'} to copy</p>
        <textarea
          readOnly
          aria-label={`${label}: text to copy`}
          value={value}
          rows={3}
          className="border-input bg-muted w-full resize-none rounded-md border p-2 font-mono text-xs break-all"
          ref={(el) => {
            if (el) {
              el.focus()
              el.select()
            }
          }}
        />
      </PopoverContent>
    </Popover>
  )
}
