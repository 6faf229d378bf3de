import { useRef } from 'react'
import { FormProvider } from 'react-hook-form'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'

import { CREATE_KEY_STEPS, type CreateKeyStepId } from '../forms/create-key-steps'
import type { CreateKeyPrefill } from '../forms/prefill-from-key'
import { useCreateKeyFlow } from '../hooks/use-create-key-flow'
import { CreateKeyDetailsStep } from './create-key-details-step'
import { CreateKeyGatewayStep } from './create-key-gateway-step'
import { CreateKeyNetworksStep } from './create-key-networks-step'
import { CreateKeyResult } from './create-key-result'
import { CreateKeyReviewStep } from './create-key-review-step'
import { CreateKeyStartNotes } from './create-key-start-notes'
import { CreateKeyStepFooter } from './create-key-step-footer'
import { CreateKeyStepIndicator } from './create-key-step-indicator'
import { CreateKeyTagsStep } from './create-key-tags-step'
import { OldKeyOutcomeNotice } from './old-key-outcome'
import { ReplaceOldKeyOption } from './replace-old-key-option'

export type { CreateKeyPrefill }

export type CreateKeyFlowProps = {
  onClose: () => void
  prefill?: CreateKeyPrefill
  /** Start from what was typed when the session last ended, if anything was kept (see create-draft.ts). */
  restoreDraft?: boolean
  onCloseAutoFocus?: (event: Event) => void
}

const STEP_INTRO: Record<CreateKeyStepId, string> = {
  details: 'Name the key and choose how long it lasts.',
  networks: 'Choose the networks that devices join with this key.',
  gateway: 'Choose how devices that join reach the network.',
  tags: 'Choose tags for the devices that join.',
  review: 'Check the key before it is created.',
}

/** The create-key stepper and its result, in a dialog. Mounted fresh for every opening. */
export function CreateKeyFlow({ onClose, prefill, restoreDraft = false, onCloseAutoFocus }: CreateKeyFlowProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const flow = useCreateKeyFlow({ onClose, prefill, restoreDraft, headingRef })
  const { step, values, caps, busy } = flow

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : flow.requestClose())}>
      <DialogContent
        size="lg"
        className="gap-5"
        onCloseAutoFocus={onCloseAutoFocus}
        // A click outside asks before leaving; focus moving elsewhere (the discard question, another
        // window) never closes the dialog.
        onPointerDownOutside={(event) => {
          event.preventDefault()
          flow.requestClose()
        }}
        onFocusOutside={(event) => event.preventDefault()}
      >
        {flow.result ? (
          <>
            <DialogHeader>
              <DialogTitle>Key created</DialogTitle>
              <DialogDescription>Copy the token now and give it to the devices that should join.</DialogDescription>
            </DialogHeader>
            {flow.oldKeyOutcome ? <OldKeyOutcomeNotice outcome={flow.oldKeyOutcome} /> : null}
            <CreateKeyResult createdKey={flow.result.key} recovered={flow.result.recovered} onDone={onClose} />
          </>
        ) : (
          <FormProvider {...flow.form}>
            <DialogHeader>
              <DialogTitle>
                {prefill
                  ? `${prefill.mode === 'renew' ? 'Renew' : 'Clone'} key ${prefill.source.name || '(no name)'}`
                  : 'Create key'}
              </DialogTitle>
              <DialogDescription>
                Step {flow.stepNumber} of {flow.stepCount}: {STEP_INTRO[step]}
              </DialogDescription>
            </DialogHeader>
            <CreateKeyStepIndicator current={step} skipped={flow.skipped} />
            <form
              noValidate
              onSubmit={(e) => void flow.onNext(e)}
              className="grid gap-5"
              aria-labelledby="create-key-step-heading"
            >
              <h3
                id="create-key-step-heading"
                ref={headingRef}
                tabIndex={-1}
                className="text-base font-semibold outline-none"
              >
                {CREATE_KEY_STEPS[flow.stepIndex]?.label}
              </h3>
              {/* One height for every step on wider screens (the first step's), so moving between steps
                   never makes the dialog and its buttons jump; a longer step still grows. */}
              <fieldset disabled={busy} className="min-w-0 sm:min-h-[25rem]">
                {step === 'details' ? (
                  <>
                    <CreateKeyStartNotes draftRestored={flow.draftRestored} notes={prefill?.notes} />
                    <CreateKeyDetailsStep defaultSupported={caps.setDefault} />
                  </>
                ) : null}
                {step === 'networks' ? <CreateKeyNetworksStep onNetworksChange={flow.onNetworksChange} /> : null}
                {step === 'gateway' ? (
                  <CreateKeyGatewayStep notice={flow.gatewayNotice} onDismissNotice={flow.dismissGatewayNotice} />
                ) : null}
                {step === 'tags' ? <CreateKeyTagsStep /> : null}
                {step === 'review' ? (
                  <CreateKeyReviewStep
                    values={values}
                    gatewayLabel={flow.gatewayLabel}
                    tagNames={flow.tagNames}
                    defaultSupported={caps.setDefault}
                    error={flow.submitError}
                    retrySafe={flow.retrySafe}
                    busy={busy}
                    onEdit={(target) => flow.goTo(target)}
                  />
                ) : null}
                {step === 'review' && prefill ? (
                  <div className="mt-4">
                    <ReplaceOldKeyOption
                      mode={prefill.mode}
                      source={prefill.source}
                      deleteOld={flow.deleteOld}
                      onDeleteOldChange={flow.setDeleteOld}
                      makeDefault={values.isDefault}
                      onMakeDefaultChange={(on) => flow.form.setValue('isDefault', on, { shouldDirty: true })}
                      defaultSupported={caps.setDefault}
                      serverVersion={caps.version}
                    />
                  </div>
                ) : null}
              </fieldset>
              <CreateKeyStepFooter
                status={flow.status}
                busy={busy}
                canGoBack={flow.stepIndex > 0}
                isLastStep={step === 'review'}
                onBack={flow.onBack}
                onCancel={flow.requestClose}
              />
            </form>
          </FormProvider>
        )}
        {/* Inside the dialog (a nested layer): Escape and focus in the question stay with the question. */}
        <ConfirmDialog
          open={flow.confirmOpen}
          onOpenChange={flow.setConfirmOpen}
          onCloseAutoFocus={flow.onDiscardQuestionClosed}
          title="Discard this key?"
          description={
            busy
              ? 'The server is still creating it. It will appear in the list if it is created, but its token will not be shown here.'
              : 'What you entered will be lost. The key has not been created.'
          }
          cancelLabel="Keep editing"
          confirmLabel="Discard"
          onConfirm={onClose}
        />
      </DialogContent>
    </Dialog>
  )
}
