import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import { type FormEvent, type RefObject, useEffect, useMemo, useRef, useState } from 'react'
import { type FieldErrors, useForm, useWatch } from 'react-hook-form'

import { CreateCheckFailedError, useCreateEnrollmentKey, useDeleteEnrollmentKey } from '@/api/enrollment-keys/mutations'
import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { networkQueries } from '@/api/networks/queries'
import { sessionStore } from '@/lib/session'

import type { OldKeyOutcome } from '../create/old-key-outcome'
import { placeCreateKeyError } from '../forms/create-key-errors'
import {
  createKeyDefaultValues,
  createKeyFormSchema,
  type CreateKeyFormValues,
  tagsInNetworks,
  toCreateKeyBody,
} from '../forms/create-key-form'
import { CREATE_KEY_STEPS, type CreateKeyStepId, neighbourStep, stepOfField } from '../forms/create-key-steps'
import { canDeleteOldKey, type CreateKeyPrefill } from '../forms/prefill-from-key'
import { discardCreateDraft, readCreateDraft, saveCreateDraft } from '../lib/create-draft'
import { actionErrorMessage } from '../lib/key-action-errors'
import { gatewaysIn, useGateways } from './use-gateways'
import { useServerCapabilities } from './use-server-capabilities'
import { tagNameFromId, useTags } from './use-tags'

export type CreateKeyFlowOptions = {
  onClose: () => void
  prefill?: CreateKeyPrefill
  /** Start from what was typed when the session last ended, if anything was kept (see create-draft.ts). */
  restoreDraft: boolean
  /** The current step's heading: where focus goes on each new step. */
  headingRef: RefObject<HTMLHeadingElement | null>
}

type FocusTarget = 'heading' | 'name'

/**
 * The create-key stepper's state and rules: one form over all steps; "Next" validating only the current
 * step's fields; focus on each new step's heading (or the field a server error is about); the gateway and
 * tags that no longer fit dropped when the networks change; where a server error goes; the discard
 * question; the result, and (renew/clone) deleting the old key once the new one exists. Whether a failed
 * create saved anyway is `useCreateEnrollmentKey`'s business.
 */
export function useCreateKeyFlow({ onClose, prefill, restoreDraft, headingRef }: CreateKeyFlowOptions) {
  const keys = useQuery(enrollmentKeyQueries.list())
  const networks = useQuery(networkQueries.list())
  const caps = useServerCapabilities()
  const gateways = useGateways()
  const create = useCreateEnrollmentKey()
  const removeOld = useDeleteEnrollmentKey()
  const [deleteOld, setDeleteOld] = useState(false)

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
  const [sent, setSent] = useState<{ key: EnrollmentKey; recovered: boolean } | null>(null)
  // The key exists: the one this dialog's create made or found, or one a later list shows an earlier,
  // unanswered try made.
  const result = sent ?? (create.savedLater ? { key: create.savedLater, recovered: true } : null)
  const hasResult = result !== null
  const sending = useRef(false)
  /** Where focus goes back to when the discard question is answered "Keep editing". */
  const returnFocus = useRef<HTMLElement | null>(null)
  const focusAfterStep = useRef<FocusTarget | null>(null)

  // The session ending (a 401, or another tab's) unmounts this dialog: keep what was typed, so that
  // Create key reopens with it after signing in again, instead of losing it without a word.
  const created = useRef(false)
  useEffect(() => {
    created.current = hasResult
  }, [hasResult])
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
  const busy = create.isPending || create.checking
  const stepIndex = CREATE_KEY_STEPS.findIndex((s) => s.id === step)
  const visibleSteps = CREATE_KEY_STEPS.filter((s) => !skipped.has(s.id))

  // Each new step gets focus on its heading (or on the field a server error is about).
  useEffect(() => {
    const target = focusAfterStep.current
    focusAfterStep.current = null
    if (target === 'name') form.setFocus('name')
    else if (target === 'heading') headingRef.current?.focus()
  }, [step, form, headingRef])

  function goTo(next: CreateKeyStepId, focus: FocusTarget = 'heading') {
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

  /** Where focus goes when the discard question closes: where it was asked from, else the step heading. */
  function onDiscardQuestionClosed(event: Event) {
    event.preventDefault()
    const target = returnFocus.current
    returnFocus.current = null
    if (target?.isConnected) target.focus()
    else headingRef.current?.focus()
  }

  // Renew/clone: once the new key exists, the old one may go (never a default key).
  const source = prefill?.source
  const oldKeyGoes = result !== null && deleteOld && !!source && canDeleteOldKey(source)
  const { isIdle: oldKeyUntouched, mutate: deleteOldKey } = removeOld
  useEffect(() => {
    if (oldKeyGoes && source && oldKeyUntouched) deleteOldKey(source)
  }, [oldKeyGoes, source, oldKeyUntouched, deleteOldKey])
  const oldKeyName = source?.name || '(no name)'
  const oldKeyOutcome: OldKeyOutcome | null = !oldKeyGoes
    ? null
    : removeOld.isSuccess
      ? { state: 'deleted', name: oldKeyName }
      : removeOld.isError
        ? { state: 'failed', name: oldKeyName, message: actionErrorMessage(removeOld.error) }
        : { state: 'deleting', name: oldKeyName }

  function onNetworksChange(next: string[]) {
    setValue('networks', next, {
      shouldDirty: true,
      shouldTouch: true,
      shouldValidate: form.formState.isSubmitted || Boolean(form.formState.errors.networks),
    })
    const gatewayId = getValues('gatewayId')
    if (gatewayId && !gatewaysIn(gateways.gateways, next).some((g) => g.id === gatewayId)) {
      const label = gateways.byId.get(gatewayId)?.label ?? 'The chosen gateway'
      setValue('gatewayId', '', { shouldDirty: true })
      clearErrors('gatewayId')
      setGatewayNotice(
        `${label} is no longer chosen: it is not in the selected networks. Choose another gateway or none.`,
      )
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
      await handleSubmit(send, onInvalid)()
    } finally {
      sending.current = false
    }
  }

  async function send(submitted: CreateKeyFormValues) {
    const body = toCreateKeyBody(submitted, { defaultSupported: caps.setDefault, tagsSupported: tags.supported })
    const outcome = await create.create(body)
    if (outcome.status !== 'failed') {
      setSent({ key: outcome.key, recovered: outcome.status === 'found' })
      return
    }
    const { error } = outcome
    const place =
      error instanceof CreateCheckFailedError
        ? null
        : placeCreateKeyError(error instanceof Error ? error.message : 'Something went wrong.')
    if (place?.kind === 'field') {
      setError(place.field, { type: 'server', message: place.message })
      goTo(stepOfField(place.field), place.field === 'name' ? 'name' : 'heading')
    } else {
      setSubmitError(actionErrorMessage(error))
    }
  }

  return {
    form,
    caps,
    values,
    step,
    stepIndex,
    stepNumber: visibleSteps.findIndex((s) => s.id === step) + 1,
    stepCount: visibleSteps.length,
    skipped,
    draftRestored: draft !== null,
    busy,
    status: create.checking
      ? 'Checking whether the key was already created…'
      : create.isPending
        ? 'Creating the key… waiting for the server.'
        : '',
    retrySafe: create.mayHaveSaved,
    submitError,
    result,
    oldKeyOutcome,
    deleteOld,
    setDeleteOld,
    gatewayNotice,
    dismissGatewayNotice: () => setGatewayNotice(null),
    gatewayLabel: values.gatewayId ? gateways.byId.get(values.gatewayId)?.label : undefined,
    tagNames: tags.supported
      ? tagsInNetworks(values.tags, values.networks).map((t) => tagNameFromId(t, values.networks))
      : undefined,
    // The key exists: whatever was asked about discarding it no longer applies.
    confirmOpen: confirmOpen && result === null,
    setConfirmOpen,
    onDiscardQuestionClosed,
    requestClose,
    onNetworksChange,
    onNext,
    onBack,
    goTo,
  }
}
