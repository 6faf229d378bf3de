import * as z from 'zod/mini'

import { withGatewayRule } from '@/api/enrollment-keys/rules'
import type { EnrollmentKey, UpdateEnrollmentKeyBody } from '@/api/enrollment-keys/schemas'

/** The edit dialog's fields: exactly what the server lets you change on a key (besides `default`). */
export const editKeyFormSchema = z
  .object({
    autoAssignGateway: z.boolean(),
    /** The relay node's id; "" = no gateway. */
    gatewayId: z.string(),
    /** Node tag ids ("<network>.<tag>"). */
    tags: z.array(z.string()),
  })
  .check(
    z.refine((v) => withGatewayRule(v).autoAssignGateway === v.autoAssignGateway, {
      message: 'Choose a gateway or auto-select one, not both.',
      path: ['gatewayId'],
    }),
  )
export type EditKeyFormValues = z.infer<typeof editKeyFormSchema>

export function editKeyDefaults(key: EnrollmentKey): EditKeyFormValues {
  return withGatewayRule({
    autoAssignGateway: key.autoAssignGateway,
    gatewayId: key.gatewayId ?? '',
    tags: [...key.tags],
  })
}

/** The fields of the update body the form decides (the caller adds the key's current `default`). */
export function editKeyChanges(
  values: EditKeyFormValues,
): Pick<UpdateEnrollmentKeyBody, 'relay' | 'groups' | 'auto_assign_gw'> {
  return {
    relay: values.gatewayId,
    groups: [...values.tags],
    auto_assign_gw: withGatewayRule(values).autoAssignGateway,
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const set = new Set(a)
  return b.every((x) => set.has(x))
}

/** Whether the values differ from the key's (tags compared as a set: order does not matter). */
export function hasEditChanges(initial: EditKeyFormValues, values: EditKeyFormValues): boolean {
  return (
    initial.autoAssignGateway !== values.autoAssignGateway ||
    initial.gatewayId !== values.gatewayId ||
    !sameSet(initial.tags, values.tags)
  )
}
