import type { CreateKeyField } from './create-key-form'

export type CreateKeyStepId = 'details' | 'networks' | 'gateway' | 'tags' | 'review'

export type CreateKeyStep = {
  id: CreateKeyStepId
  label: string
  /** The fields "Next" validates on this step. */
  fields: CreateKeyField[]
}

export const CREATE_KEY_STEPS: readonly CreateKeyStep[] = [
  { id: 'details', label: 'Details', fields: ['name', 'type', 'uses', 'expiresAt', 'isDefault'] },
  { id: 'networks', label: 'Networks', fields: ['networks'] },
  { id: 'gateway', label: 'Gateway', fields: ['autoAssignGateway', 'gatewayId'] },
  { id: 'tags', label: 'Tags', fields: ['tags'] },
  { id: 'review', label: 'Review', fields: [] },
]

/** The step a field is edited on. */
export function stepOfField(field: string): CreateKeyStepId {
  return CREATE_KEY_STEPS.find((step) => step.fields.some((f) => f === field))?.id ?? 'review'
}

/** The next (or previous) step that is not skipped. */
export function neighbourStep(
  current: CreateKeyStepId,
  direction: 1 | -1,
  skipped: ReadonlySet<CreateKeyStepId>,
): CreateKeyStepId {
  let index = CREATE_KEY_STEPS.findIndex((s) => s.id === current)
  for (;;) {
    index += direction
    const step = CREATE_KEY_STEPS[index]
    if (!step) return current
    if (!skipped.has(step.id)) return step.id
  }
}
