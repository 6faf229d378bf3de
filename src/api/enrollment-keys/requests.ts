import { request } from '@/api/client'

import { type EnrollmentKeyList, parseEnrollmentKeyList } from './list-parsing'
import {
  type CreateEnrollmentKeyBody,
  type EnrollmentKey,
  enrollmentKeyListEnvelopeSchema,
  enrollmentKeySchema,
  type UpdateEnrollmentKeyBody,
} from './schemas'

const BASE = '/api/v1/enrollment-keys'

const keyPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`

/** Every key the server has, read one by one: the good ones, and the ones that could not be read. */
export async function listEnrollmentKeys(signal?: AbortSignal): Promise<EnrollmentKeyList> {
  return parseEnrollmentKeyList(await request(BASE, { schema: enrollmentKeyListEnvelopeSchema, signal }))
}

export function createEnrollmentKey(body: CreateEnrollmentKeyBody): Promise<EnrollmentKey> {
  return request(BASE, { method: 'POST', body, schema: enrollmentKeySchema })
}

export function updateEnrollmentKey(id: string, body: UpdateEnrollmentKeyBody): Promise<EnrollmentKey> {
  return request(keyPath(id), { method: 'PUT', body, schema: enrollmentKeySchema })
}

export function regenerateEnrollmentKeyToken(id: string): Promise<EnrollmentKey> {
  return request(`${keyPath(id)}/regenerate-token`, { method: 'POST', schema: enrollmentKeySchema })
}

export function deleteEnrollmentKey(id: string): Promise<undefined> {
  return request(keyPath(id), { method: 'DELETE' })
}

/** The update body that keeps everything as it is, to be adjusted by the caller. */
export function updateBodyFor(key: EnrollmentKey): UpdateEnrollmentKeyBody {
  return {
    relay: key.gatewayId ?? '',
    groups: key.tags,
    auto_assign_gw: key.autoAssignGateway,
    default: key.isDefault,
  }
}
