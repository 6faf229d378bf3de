import { useMutation, useQueryClient } from '@tanstack/react-query'
import { enrollmentKeyQueries } from './queries'
import {
  createEnrollmentKey,
  deleteEnrollmentKey,
  regenerateEnrollmentKeyToken,
  updateBodyFor,
  updateEnrollmentKey,
} from './requests'
import type { CreateEnrollmentKeyBody, EnrollmentKey, UpdateEnrollmentKeyBody } from './schemas'

/**
 * Mutation hooks own the cache; call sites own the UI (pass onSuccess/onError to mutate).
 * After every mutation the list is refetched: mutations may answer in the other wire shape,
 * and may change other keys (a new default un-defaults the old one).
 */
function useInvalidateKeys() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: enrollmentKeyQueries.all() })
}

export function useCreateEnrollmentKey() {
  const invalidate = useInvalidateKeys()
  return useMutation({
    mutationFn: (body: CreateEnrollmentKeyBody) => createEnrollmentKey(body),
    onSettled: invalidate,
  })
}

export type UpdateKeyVariables = { key: EnrollmentKey; changes: Partial<UpdateEnrollmentKeyBody> }

export function useUpdateEnrollmentKey() {
  const invalidate = useInvalidateKeys()
  return useMutation({
    mutationFn: ({ key, changes }: UpdateKeyVariables) =>
      updateEnrollmentKey(key.id, { ...updateBodyFor(key), ...changes }),
    onSettled: invalidate,
  })
}

export function useRegenerateEnrollmentKeyToken() {
  const invalidate = useInvalidateKeys()
  return useMutation({
    mutationFn: (key: EnrollmentKey) => regenerateEnrollmentKeyToken(key.id),
    onSettled: invalidate,
  })
}

export function useDeleteEnrollmentKey() {
  const invalidate = useInvalidateKeys()
  return useMutation({
    mutationFn: (key: EnrollmentKey) => deleteEnrollmentKey(key.id),
    onSettled: invalidate,
  })
}
