import { Fragment, type ReactNode } from 'react'

import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
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

export type ConfirmDialogError = { title?: ReactNode; message: ReactNode }

export type ConfirmDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Where focus goes on close (default: Radix's, the element focused before opening). */
  onCloseAutoFocus?: (event: Event) => void
  title: ReactNode
  /** Plain text, or (with `richDescription`) block content of its own. */
  description: ReactNode
  richDescription?: boolean
  /** Anything between the description and the buttons (a list of what is affected, progress). */
  children?: ReactNode
  /** The last attempt's failure, shown as an alert above the buttons. */
  error?: ConfirmDialogError | null
  /** The action runs: the dialog cannot be closed and its buttons are disabled. */
  pending?: boolean
  /** Without `onConfirm` the dialog only explains (a single Close button). */
  onConfirm?: () => void
  confirmLabel?: ReactNode
  pendingLabel?: ReactNode
  confirmVariant?: 'default' | 'destructive'
  confirmDisabled?: boolean
  cancelLabel?: ReactNode
  /**
   * Which step the dialog shows, for a dialog that turns into another (a question, then a report): a
   * new step replaces everything inside, buttons included, so focus does not stay on a button that now
   * means something else (the focus trap takes it to the dialog).
   */
  step?: string
}

/**
 * A question before an action (Radix AlertDialog: focus trapped, Escape answers "no"): title,
 * description, the last error, Cancel and the confirm button. While the action runs, nothing closes it.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  onCloseAutoFocus,
  title,
  description,
  richDescription = false,
  children,
  error,
  pending = false,
  onConfirm,
  confirmLabel,
  pendingLabel,
  confirmVariant = 'destructive',
  confirmDisabled = false,
  cancelLabel = onConfirm ? 'Cancel' : 'Close',
  step,
}: ConfirmDialogProps) {
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (next || !pending) onOpenChange(next)
      }}
    >
      <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus} onEscapeKeyDown={(e) => pending && e.preventDefault()}>
        <Fragment key={step}>
          <AlertDialogHeader>
            <AlertDialogTitle>{title}</AlertDialogTitle>
            <AlertDialogDescription asChild={richDescription}>{description}</AlertDialogDescription>
          </AlertDialogHeader>
          {children}
          {error ? (
            <Alert variant="destructive" role="alert">
              {error.title ? <AlertTitle>{error.title}</AlertTitle> : null}
              <AlertDescription className="text-foreground">{error.message}</AlertDescription>
            </Alert>
          ) : null}
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>{cancelLabel}</AlertDialogCancel>
            {onConfirm ? (
              <Button variant={confirmVariant} onClick={onConfirm} disabled={pending || confirmDisabled}>
                {pending ? (pendingLabel ?? confirmLabel) : confirmLabel}
              </Button>
            ) : null}
          </AlertDialogFooter>
        </Fragment>
      </AlertDialogContent>
    </AlertDialog>
  )
}
