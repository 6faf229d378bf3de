import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { enrollmentKeyMutationKeys, enrollmentKeyQueries } from './queries'
import {
  createEnrollmentKey,
  deleteEnrollmentKey,
  regenerateEnrollmentKeyToken,
  updateBodyFor,
  updateEnrollmentKey,
} from './requests'
import type { CreateEnrollmentKeyBody, EnrollmentKey, UpdateEnrollmentKeyBody } from './schemas'
import { DefaultNotChangedError } from './errors'
import { withGatewayRule } from './gateway-setting'

/**
 * Mutation hooks own the cache; call sites own the UI (pass onSuccess/onError to mutate).
 *
 * Edits and deletes are applied to the cached list at once and rolled back (for that key only, so
 * concurrent changes to other keys survive) when the server refuses. Regenerating a token and changing
 * the default wait for the server: the first gives the key a new id, the second is silently ignored by
 * v1.5 servers. After every mutation the list is refetched — once the last pending key mutation has
 * settled, so a refetch never overwrites another mutation's optimistic state — because mutations may
 * answer in the other wire shape and may change other keys (a new default un-defaults the old one).
 */
const MUTATION_KEY = enrollmentKeyMutationKeys.all()

const listKey = () => enrollmentKeyQueries.list().queryKey

function setList(queryClient: QueryClient, update: (keys: EnrollmentKey[]) => EnrollmentKey[]) {
  queryClient.setQueryData(listKey(), (keys) => (keys ? update(keys) : keys))
}

function replaceKey(keys: EnrollmentKey[], id: string, next: EnrollmentKey): EnrollmentKey[] {
  return keys.map((k) => (k.id === id ? next : k))
}

function useSettle() {
  const queryClient = useQueryClient()
  return () => {
    // This mutation still counts as pending while it settles.
    if (queryClient.isMutating({ mutationKey: MUTATION_KEY }) > 1) return
    // Not awaited: the cache already shows the server's answer; the refetch confirms it in the background.
    void queryClient.invalidateQueries({ queryKey: enrollmentKeyQueries.all() })
  }
}

export function useCreateEnrollmentKey() {
  const settle = useSettle()
  return useMutation({
    mutationKey: [...MUTATION_KEY, 'create'],
    mutationFn: (body: CreateEnrollmentKeyBody) => createEnrollmentKey(body),
    onSettled: settle,
  })
}

/**
 * The server answered an update that asked to change `default` with a key whose `default` did not
 * change: v1.5 servers ignore the field. Nothing changed, so nothing may be shown as changed.
 */
export type UpdateKeyVariables = { key: EnrollmentKey; changes: Partial<UpdateEnrollmentKeyBody> }

/** What the list should show for `key` while `changes` are on their way (default changes excluded). */
export function optimisticUpdate(key: EnrollmentKey, changes: Partial<UpdateEnrollmentKeyBody>): EnrollmentKey {
  const next = { ...key }
  if (changes.relay !== undefined) next.gatewayId = changes.relay === '' ? null : changes.relay
  if (changes.groups !== undefined) next.tags = [...changes.groups]
  if (changes.auto_assign_gw !== undefined) next.autoAssignGateway = changes.auto_assign_gw
  return withGatewayRule(next)
}

type UpdateContext = { previous: EnrollmentKey | undefined }

export function useUpdateEnrollmentKey() {
  const queryClient = useQueryClient()
  const settle = useSettle()
  return useMutation({
    mutationKey: [...MUTATION_KEY, 'update'],
    mutationFn: async ({ key, changes }: UpdateKeyVariables) => {
      const updated = await updateEnrollmentKey(key.id, { ...updateBodyFor(key), ...changes })
      if (changes.default !== undefined && changes.default !== key.isDefault && updated.isDefault === key.isDefault) {
        throw new DefaultNotChangedError()
      }
      return updated
    },
    onMutate: async ({ key, changes }): Promise<UpdateContext> => {
      await queryClient.cancelQueries({ queryKey: listKey() })
      const previous = queryClient.getQueryData(listKey())?.find((k) => k.id === key.id)
      if (previous) setList(queryClient, (keys) => replaceKey(keys, key.id, optimisticUpdate(previous, changes)))
      return { previous }
    },
    onError: (_error, { key }, context) => {
      const previous = context?.previous
      if (previous) setList(queryClient, (keys) => replaceKey(keys, key.id, previous))
    },
    onSuccess: (updated, { key }) => {
      setList(queryClient, (keys) =>
        keys.map((k) => {
          if (k.id === key.id) return { ...updated, name: updated.name || k.name }
          // A new default takes over every network it covers.
          if (
            updated.isDefault &&
            !key.isDefault &&
            k.isDefault &&
            k.networks.some((n) => updated.networks.includes(n))
          ) {
            return { ...k, isDefault: false }
          }
          return k
        }),
      )
    },
    onSettled: settle,
  })
}

/** Gives the key a new id and token. Not optimistic: the new id comes from the server. */
export function useRegenerateEnrollmentKeyToken() {
  const queryClient = useQueryClient()
  const settle = useSettle()
  return useMutation({
    mutationKey: [...MUTATION_KEY, 'regenerate'],
    mutationFn: (key: EnrollmentKey) => regenerateEnrollmentKeyToken(key.id),
    onSuccess: (updated, key) => {
      // Same place in the list, new id and token.
      setList(queryClient, (keys) => replaceKey(keys, key.id, { ...updated, name: updated.name || key.name }))
    },
    onSettled: settle,
  })
}

type DeleteContext = {
  removed: EnrollmentKey[]
  /** The list's order before the removal: where a key goes back. */
  order: string[]
}

function removeOptimistically(queryClient: QueryClient, ids: ReadonlySet<string>): DeleteContext {
  const keys = queryClient.getQueryData(listKey()) ?? []
  const removed = keys.filter((k) => ids.has(k.id))
  setList(queryClient, (list) => list.filter((k) => !ids.has(k.id)))
  return { removed, order: keys.map((k) => k.id) }
}

/** Put keys back where they were (a refused delete): after the nearest key that preceded them. */
function restore(queryClient: QueryClient, context: DeleteContext | undefined, ids?: ReadonlySet<string>) {
  const removed = (context?.removed ?? []).filter((k) => !ids || ids.has(k.id))
  if (!context || removed.length === 0) return
  const position = new Map(context.order.map((id, i) => [id, i]))
  setList(queryClient, (keys) => {
    const next = [...keys]
    for (const key of [...removed].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0))) {
      if (next.some((k) => k.id === key.id)) continue
      const mine = position.get(key.id) ?? 0
      let at = 0
      for (let i = next.length - 1; i >= 0; i--) {
        const theirs = position.get(next[i]?.id ?? '')
        if (theirs !== undefined && theirs < mine) {
          at = i + 1
          break
        }
      }
      next.splice(at, 0, key)
    }
    return next
  })
}

export function useDeleteEnrollmentKey() {
  const queryClient = useQueryClient()
  const settle = useSettle()
  return useMutation({
    mutationKey: enrollmentKeyMutationKeys.delete(),
    mutationFn: (key: EnrollmentKey) => deleteEnrollmentKey(key.id),
    onMutate: async (key): Promise<DeleteContext> => {
      await queryClient.cancelQueries({ queryKey: listKey() })
      return removeOptimistically(queryClient, new Set([key.id]))
    },
    onError: (_error, _key, context) => restore(queryClient, context),
    onSettled: settle,
  })
}

export type BulkDeleteFailure = { key: EnrollmentKey; error: unknown }
export type BulkDeleteResult = { deleted: EnrollmentKey[]; failed: BulkDeleteFailure[] }
export type BulkDeleteVariables = {
  keys: readonly EnrollmentKey[]
  /** Called after each delete, for progress. */
  onProgress?: (done: number, total: number) => void
}

const BULK_CONCURRENCY = 2

/**
 * Deletes many keys, a couple at a time. Resolves (never rejects) with what was deleted and what
 * failed with which error; the failed ones are put back in the list.
 */
export function useDeleteEnrollmentKeys() {
  const queryClient = useQueryClient()
  const settle = useSettle()
  return useMutation({
    mutationKey: [...MUTATION_KEY, 'delete-many'],
    mutationFn: async ({ keys, onProgress }: BulkDeleteVariables): Promise<BulkDeleteResult> => {
      const deleted: EnrollmentKey[] = []
      const failed: BulkDeleteFailure[] = []
      const queue = [...keys]
      let done = 0
      async function worker() {
        for (let key = queue.shift(); key; key = queue.shift()) {
          try {
            await deleteEnrollmentKey(key.id)
            deleted.push(key)
          } catch (error) {
            failed.push({ key, error })
          }
          done += 1
          onProgress?.(done, keys.length)
        }
      }
      await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, keys.length) }, worker))
      const order = new Map(keys.map((k, i) => [k.id, i]))
      const byOrder = (a: { id: string }, b: { id: string }) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)
      deleted.sort(byOrder)
      failed.sort((a, b) => byOrder(a.key, b.key))
      return { deleted, failed }
    },
    onMutate: async ({ keys }): Promise<DeleteContext> => {
      await queryClient.cancelQueries({ queryKey: listKey() })
      return removeOptimistically(queryClient, new Set(keys.map((k) => k.id)))
    },
    onSuccess: (result, _variables, context) => {
      const failedIds = new Set(result.failed.map((f) => f.key.id))
      restore(queryClient, context, failedIds)
    },
    onError: (_error, _variables, context) => restore(queryClient, context),
    onSettled: settle,
  })
}
