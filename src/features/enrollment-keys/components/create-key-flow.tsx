import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { FormProvider, useForm, useWatch, type FieldErrors } from 'react-hook-form'
import { placeCreateKeyError } from '../forms/create-key-errors'
import {
  createKeyDefaultValues,
  createKeyFormSchema,
  tagsInNetworks,
  toCreateKeyBody,
  type CreateKeyFormValues,
} from '../forms/create-key-form'
import { CREATE_KEY_STEPS, neighbourStep, stepOfField, type CreateKeyStepId } from '../forms/create-key-steps'
import { canDeleteOldKey, type PrefillMode } from '../forms/prefill-from-key'
import { discardCreateDraft, readCreateDraft, saveCreateDraft } from '../lib/create-draft'
import { actionErrorMessage } from '../lib/key-action-errors'
import { gatewaysIn, useGateways } from '../lib/use-gateways'
import { tagNameFromId, useTags } from '../lib/use-tags'
import { useServerCapabilities } from '../lib/use-server-capabilities'
import { CreateKeyDetailsStep } from './create-key-details-step'
import { CreateKeyGatewayStep } from './create-key-gateway-step'
import { CreateKeyNetworksStep } from './create-key-networks-step'
import { CreateKeyResult } from './create-key-result'
import { CreateKeyReviewStep } from './create-key-review-step'
import { CreateKeyStepIndicator } from './create-key-step-indicator'
import { CreateKeyTagsStep } from './create-key-tags-step'
import { OldKeyOutcomeNotice, type OldKeyOutcome } from './old-key-outcome'
import { ReplaceOldKeyOption } from './replace-old-key-option'
import { isApiError } from '@/api/client'
import { sessionStore } from '@/lib/session'
import { useCreateEnrollmentKey, useDeleteEnrollmentKey } from '@/api/enrollment-keys/mutations'
import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { networkQueries } from '@/api/networks/queries'
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
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Spinner } from '@/components/ui/spinner'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'

/** Renew or clone: the stepper starts from an existing key (see `prefillFromKey`). */
export type CreateKeyPrefill = {
  mode: PrefillMode
  source: EnrollmentKey
  values: CreateKeyFormValues
  /** What could not be copied, shown on the first step. */
  notes: readonly string[]
}

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

/** A create that failed without a clear answer (5xx, no response): the key may exist anyway. */
type Unclear = { name: string; knownIds: ReadonlySet<string>; noAnswer: boolean }

/**
 * After no answer at all (timeout, dropped connection) the server may still be saving the key: wait this
 * long before looking for it, so a retry right away does not look too early and send a duplicate.
 */
export const RECHECK_DELAY_MS = 2000

/** The key an unclear create made after all: one with its name that was not in the list before. */
function madeBy(unclear: Unclear, keys: readonly EnrollmentKey[]): EnrollmentKey | undefined {
  return keys.find((k) => k.name === unclear.name && !unclear.knownIds.has(k.id))
}

/** After a 5xx or no answer, the server may have made the key before failing. */
function isUnclearFailure(error: unknown) {
  return isApiError(error) && (error.status >= 500 || error.status === 0)
}

/** The create-key stepper and its result, in a dialog. Mounted fresh for every opening. */
export function CreateKeyFlow({ onClose, prefill, restoreDraft = false, onCloseAutoFocus }: CreateKeyFlowProps) {
  const queryClient = useQueryClient()
  const keys = useQuery(enrollmentKeyQueries.list())
  const networks = useQuery(networkQueries.list())
  const caps = useServerCapabilities()
  const gateways = useGateways()
  const create = useCreateEnrollmentKey()
  const removeOld = useDeleteEnrollmentKey()
  const [deleteOld, setDeleteOld] = useState(false)
  const [oldKeyOutcome, setOldKeyOutcome] = useState<OldKeyOutcome | null>(null)

  const keyNames = useMemo(() => (keys.data ?? []).map((k) => k.name), [keys.data])
  const networkNames = useMemo(() => (networks.data ?? []).map((n) => n.netid), [networks.data])
  const schema = useMemo(() => createKeyFormSchema({ keyNames, networkNames }), [keyNames, networkNames])

  const [draft] = useState(() => (restoreDraft && !prefill ? readCreateDraft() : null))
  useEffect(() => {
    // On screen now: the stored copy has done its work.
    if (restoreDraft) discardCreateDraft()
  }, [restoreDraft])
  const form = useForm<CreateKeyFormValues>({
    resolver: zodResolver(schema),
    defaultValues: prefill?.values ?? draft ?? createKeyDefaultValues,
    mode: 'onTouched',
  })
  const { getValues, setValue, trigger, setError, clearErrors, handleSubmit } = form
  // Read during render so react-hook-form tracks it (the close handlers need it).
  const { isDirty } = form.formState

  const [step, setStep] = useState<CreateKeyStepId>('details')
  const [confirmOpen, setConfirmOpen] = useState(false)
  const [gatewayNotice, setGatewayNotice] = useState<string | null>(null)
  const [submitError, setSubmitError] = useState<string | null>(null)
  const [unclear, setUnclear] = useState<Unclear | null>(null)
  const [checking, setChecking] = useState(false)
  const [result, setResult] = useState<{ key: EnrollmentKey; recovered: boolean } | null>(null)
  const sending = useRef(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  /** Where focus goes back to when the discard question is answered "Keep editing". */
  const returnFocus = useRef<HTMLElement | null>(null)
  const focusAfterStep = useRef<'heading' | 'name' | null>(null)

  // The session ending (a 401, or another tab's) unmounts this dialog: keep what was typed, so that
  // Create key reopens with it after signing in again, instead of losing it without a word.
  const created = useRef(false)
  useEffect(() => {
    created.current = result !== null
  }, [result])
  useEffect(() => {
    const initial = JSON.stringify(prefill?.values ?? createKeyDefaultValues)
    return sessionStore.subscribe(() => {
      const { session, lastSignOut } = sessionStore.getSnapshot()
      if (session || lastSignOut !== 'expired' || created.current) return
      const typed = getValues()
      if (JSON.stringify(typed) !== initial) saveCreateDraft(typed)
    })
  }, [getValues, prefill])

  const values = useWatch({ control: form.control }) as CreateKeyFormValues
  const tags = useTags(values.networks)
  const skipped = useMemo(() => new Set<CreateKeyStepId>(tags.supported ? [] : ['tags']), [tags.supported])
  const busy = create.isPending || checking
  const stepIndex = CREATE_KEY_STEPS.findIndex((s) => s.id === step)
  const visibleSteps = CREATE_KEY_STEPS.filter((s) => !skipped.has(s.id))
  const stepNumber = visibleSteps.findIndex((s) => s.id === step) + 1

  // Each new step gets focus on its heading (or on the field a server error is about).
  useEffect(() => {
    const target = focusAfterStep.current
    focusAfterStep.current = null
    if (target === 'name') form.setFocus('name')
    else if (target === 'heading') headingRef.current?.focus()
  }, [step, form])

  function goTo(next: CreateKeyStepId, focus: 'heading' | 'name' = 'heading') {
    focusAfterStep.current = focus
    setStep(next)
  }

  function requestClose() {
    if (result || (!isDirty && !busy)) {
      onClose()
      return
    }
    if (confirmOpen) return
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setConfirmOpen(true)
  }

  /** The key exists now: whatever was asked about discarding it no longer applies, show the token. */
  function showResult(key: EnrollmentKey, recovered: boolean) {
    setConfirmOpen(false)
    setResult({ key, recovered })
    // Renew/clone: the new key exists now, so the old one may go (never a default key).
    const source = prefill?.source
    if (source && deleteOld && canDeleteOldKey(source) && !oldKeyOutcome) {
      const name = source.name || '(no name)'
      setOldKeyOutcome({ state: 'deleting', name })
      removeOld.mutate(source, {
        onSuccess: () => setOldKeyOutcome({ state: 'deleted', name }),
        onError: (error) => setOldKeyOutcome({ state: 'failed', name, message: actionErrorMessage(error) }),
      })
    }
  }

  function onNetworksChange(next: string[]) {
    setValue('networks', next, {
      shouldDirty: true,
      shouldTouch: true,
      shouldValidate: form.formState.isSubmitted || Boolean(form.formState.errors.networks),
    })
    const gatewayId = getValues('gatewayId')
    if (gatewayId) {
      const stillFits = gatewaysIn(gateways.gateways, next).some((g) => g.id === gatewayId)
      if (!stillFits) {
        const label = gateways.byId.get(gatewayId)?.label ?? 'The chosen gateway'
        setValue('gatewayId', '', { shouldDirty: true })
        clearErrors('gatewayId')
        setGatewayNotice(
          `${label} is no longer chosen: it is not in the selected networks. Choose another gateway or none.`,
        )
      }
    }
    const currentTags = getValues('tags')
    const keptTags = tagsInNetworks(currentTags, next)
    if (keptTags.length !== currentTags.length) setValue('tags', keptTags, { shouldDirty: true })
  }

  async function onNext(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (step === 'review') {
      await submit()
      return
    }
    const fields = CREATE_KEY_STEPS[stepIndex]?.fields ?? []
    const ok = fields.length === 0 || (await trigger(fields, { shouldFocus: true }))
    if (ok) goTo(neighbourStep(step, 1, skipped))
  }

  function onBack() {
    if (busy) return
    goTo(neighbourStep(step, -1, skipped))
  }

  function onInvalid(errors: FieldErrors<CreateKeyFormValues>) {
    const first = CREATE_KEY_STEPS.find((s) => s.fields.some((f) => errors[f]))
    if (first) goTo(first.id, first.id === 'details' && errors.name ? 'name' : 'heading')
  }

  async function submit() {
    if (sending.current) return
    sending.current = true
    try {
      setSubmitError(null)
      // After an unclear failure, look before sending again: the key may have been made.
      const name = getValues('name').trim()
      if (unclear && unclear.name === name) {
        setChecking(true)
        try {
          if (unclear.noAnswer) await new Promise((resolve) => setTimeout(resolve, RECHECK_DELAY_MS))
          const fresh = await queryClient.fetchQuery({ ...enrollmentKeyQueries.list(), staleTime: 0 })
          const made = madeBy(unclear, fresh)
          if (made) {
            showResult(made, true)
            return
          }
        } catch (error) {
          setSubmitError(
            `Couldn't check whether the key was created: ${error instanceof Error ? error.message : 'unknown error'}. Try again.`,
          )
          return
        } finally {
          setChecking(false)
        }
      }
      await handleSubmit(send, onInvalid)()
    } finally {
      sending.current = false
    }
  }

  function send(values: CreateKeyFormValues) {
    const body = toCreateKeyBody(values, { defaultSupported: caps.setDefault, tagsSupported: tags.supported })
    const name = body.tags[0] ?? ''
    const knownIds = new Set((queryClient.getQueryData(enrollmentKeyQueries.list().queryKey) ?? []).map((k) => k.id))
    return new Promise<void>((resolve) => {
      create.mutate(body, {
        onSuccess: (key) => {
          setUnclear(null)
          showResult(key, false)
        },
        onError: (error) => {
          const message = error instanceof Error ? error.message : 'Something went wrong.'
          if (isUnclearFailure(error)) {
            const noAnswer = isApiError(error) && error.status === 0
            setUnclear((prev) => (prev && prev.name === name ? { ...prev, noAnswer } : { name, knownIds, noAnswer }))
          } else {
            setUnclear(null)
          }
          const place = placeCreateKeyError(message)
          if (place.kind === 'field') {
            const target = stepOfField(place.field)
            setError(place.field, { type: 'server', message: place.message })
            goTo(target, place.field === 'name' ? 'name' : 'heading')
          } else {
            setSubmitError(actionErrorMessage(error))
          }
        },
        onSettled: () => resolve(),
      })
    })
  }

  // The next list (a refresh, another check) shows the key an unclear create made: show it as created.
  const lateKey = unclear && !result && !busy && keys.data ? madeBy(unclear, keys.data) : undefined
  if (lateKey) {
    setUnclear(null)
    showResult(lateKey, true)
  }

  const gatewayLabel = values.gatewayId ? gateways.byId.get(values.gatewayId)?.label : undefined
  const tagNames = tags.supported
    ? tagsInNetworks(values.tags, values.networks).map((t) => tagNameFromId(t, values.networks))
    : undefined

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : requestClose())}>
      <DialogContent
        size="lg"
        className="gap-5"
        onCloseAutoFocus={onCloseAutoFocus}
        // A click outside asks before leaving; focus moving elsewhere (the discard question, another
        // window) never closes the dialog.
        onPointerDownOutside={(event) => {
          event.preventDefault()
          requestClose()
        }}
        onFocusOutside={(event) => event.preventDefault()}
      >
        {result ? (
          <>
            <DialogHeader>
              <DialogTitle>Key created</DialogTitle>
              <DialogDescription>Copy the token now and give it to the devices that should join.</DialogDescription>
            </DialogHeader>
            {oldKeyOutcome ? <OldKeyOutcomeNotice outcome={oldKeyOutcome} /> : null}
            <CreateKeyResult createdKey={result.key} recovered={result.recovered} onDone={onClose} />
          </>
        ) : (
          <FormProvider {...form}>
            <DialogHeader>
              <DialogTitle>
                {prefill
                  ? `${prefill.mode === 'renew' ? 'Renew' : 'Clone'} key ${prefill.source.name || '(no name)'}`
                  : 'Create key'}
              </DialogTitle>
              <DialogDescription>
                Step {stepNumber} of {visibleSteps.length}: {STEP_INTRO[step]}
              </DialogDescription>
            </DialogHeader>
            <CreateKeyStepIndicator current={step} skipped={skipped} />
            <form
              noValidate
              onSubmit={(e) => void onNext(e)}
              className="grid gap-5"
              aria-labelledby="create-key-step-heading"
            >
              <h3
                id="create-key-step-heading"
                ref={headingRef}
                tabIndex={-1}
                className="text-base font-semibold outline-none"
              >
                {CREATE_KEY_STEPS[stepIndex]?.label}
              </h3>
              {/* One height for every step on wider screens (the first step's), so moving between steps
                   never makes the dialog and its buttons jump; a longer step still grows. */}
              <fieldset disabled={busy} className="min-w-0 sm:min-h-[25rem]">
                {step === 'details' && draft ? (
                  <Alert variant="info" className="mb-4">
                    <AlertDescription>
                      Your session ended while you were creating this key. What you had typed is back: check it and go
                      on.
                    </AlertDescription>
                  </Alert>
                ) : null}
                {step === 'details' && prefill?.notes.length ? (
                  <Alert variant="info" className="mb-4">
                    <AlertDescription>
                      <ul className="grid gap-1">
                        {prefill.notes.map((note) => (
                          <li key={note}>{note}</li>
                        ))}
                      </ul>
                    </AlertDescription>
                  </Alert>
                ) : null}
                {step === 'details' ? <CreateKeyDetailsStep defaultSupported={caps.setDefault} /> : null}
                {step === 'networks' ? <CreateKeyNetworksStep onNetworksChange={onNetworksChange} /> : null}
                {step === 'gateway' ? (
                  <CreateKeyGatewayStep notice={gatewayNotice} onDismissNotice={() => setGatewayNotice(null)} />
                ) : null}
                {step === 'tags' ? <CreateKeyTagsStep /> : null}
                {step === 'review' ? (
                  <CreateKeyReviewStep
                    values={values}
                    gatewayLabel={gatewayLabel}
                    tagNames={tagNames}
                    defaultSupported={caps.setDefault}
                    error={submitError}
                    retrySafe={unclear !== null}
                    busy={busy}
                    onEdit={(target) => goTo(target)}
                  />
                ) : null}
                {step === 'review' && prefill ? (
                  <div className="mt-4">
                    <ReplaceOldKeyOption
                      mode={prefill.mode}
                      source={prefill.source}
                      deleteOld={deleteOld}
                      onDeleteOldChange={setDeleteOld}
                      makeDefault={values.isDefault}
                      onMakeDefaultChange={(on) => setValue('isDefault', on, { shouldDirty: true })}
                      defaultSupported={caps.setDefault}
                      serverVersion={caps.version}
                    />
                  </div>
                ) : null}
              </fieldset>

              <div className="flex flex-col-reverse gap-2 border-t pt-4 sm:flex-row sm:items-center">
                <Button variant="ghost" onClick={requestClose}>
                  Cancel
                </Button>
                <p role="status" aria-live="polite" className="text-muted-foreground text-sm sm:ml-auto">
                  {checking
                    ? 'Checking whether the key was already created…'
                    : create.isPending
                      ? 'Creating the key… waiting for the server.'
                      : ''}
                </p>
                <div className="flex gap-2 sm:ml-auto">
                  {stepIndex > 0 ? (
                    <Button
                      variant="outline"
                      onClick={onBack}
                      aria-disabled={busy || undefined}
                      className="flex-1 sm:flex-none"
                    >
                      Back
                    </Button>
                  ) : null}
                  <Button type="submit" aria-disabled={busy || undefined} className="flex-1 sm:flex-none">
                    {step === 'review' ? (
                      busy ? (
                        <>
                          <Spinner />
                          Creating…
                        </>
                      ) : (
                        'Create key'
                      )
                    ) : (
                      'Next'
                    )}
                  </Button>
                </div>
              </div>
            </form>
          </FormProvider>
        )}
        {/* Inside the dialog (a nested layer): Escape and focus in the question stay with the question. */}
        <AlertDialog open={confirmOpen} onOpenChange={setConfirmOpen}>
          <AlertDialogContent
            onCloseAutoFocus={(event) => {
              // Back to where the question was asked from (Cancel, Close, Escape on a field).
              event.preventDefault()
              const target = returnFocus.current
              returnFocus.current = null
              if (target?.isConnected) target.focus()
              else headingRef.current?.focus()
            }}
          >
            <AlertDialogHeader>
              <AlertDialogTitle>Discard this key?</AlertDialogTitle>
              <AlertDialogDescription>
                {busy
                  ? 'The server is still creating it. It will appear in the list if it is created, but its token will not be shown here.'
                  : 'What you entered will be lost. The key has not been created.'}
              </AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>Keep editing</AlertDialogCancel>
              <Button variant="destructive" onClick={onClose}>
                Discard
              </Button>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </DialogContent>
    </Dialog>
  )
}
