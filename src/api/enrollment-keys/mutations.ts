import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'

import { isApiError } from '@/api/client'

import { DefaultNotChangedError } from './errors'
import { enrollmentKeyMutationKeys, enrollmentKeyQueries } from './queries'
import {
  createEnrollmentKey,
  deleteEnrollmentKey,
  regenerateEnrollmentKeyToken,
  updateBodyFor,
  updateEnrollmentKey,
} from './requests'
import { losesDefaultTo, withGatewayRule } from './rules'
import type { CreateEnrollmentKeyBody, EnrollmentKey, UpdateEnrollmentKeyBody } from './schemas'

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

/**
 * After no answer at all (timeout, dropped connection) the server may still be saving the key: wait this
 * long before looking for it, so a retry right away does not look too early and send a duplicate.
 */
export const RECHECK_DELAY_MS = 2000

/** A create that failed without a clear answer (5xx, no response): the key may exist anyway. */
type Unclear = { name: string; knownIds: ReadonlySet<string>; noAnswer: boolean }

/** After a 5xx or no answer, the server may have made the key before failing. */
function isUnclearFailure(error: unknown) {
  return isApiError(error) && (error.status >= 500 || error.status === 0)
}

/** The key an unclear create made: one with its name that was not in the list before. */
function madeBy(unclear: Unclear, keys: readonly EnrollmentKey[]): EnrollmentKey | undefined {
  return keys.find((k) => k.name === unclear.name && !unclear.knownIds.has(k.id))
}

/** Looking for the key an unclear create may have made failed: nothing was sent again. */
export class CreateCheckFailedError extends Error {
  override readonly name = 'CreateCheckFailedError'
  constructor(cause: unknown) {
    super(
      `Couldn't check whether the key was created: ${cause instanceof Error ? cause.message : 'unknown error'}. Try again.`,
    )
  }
}

export type CreateKeyOutcome =
  | { status: 'created'; key: EnrollmentKey }
  /** An earlier try whose answer was lost had made the key: found on the server, not sent again. */
  | { status: 'found'; key: EnrollmentKey }
  | { status: 'failed'; error: unknown }

/**
 * Creates a key, and never makes it twice when an answer is lost. After a failure without a clear
 * answer (`mayHaveSaved`), `create` with the same name first looks in a fresh list for a key of that
 * name that was not there before, and returns it as `found` instead of sending again. A later list
 * that shows such a key (a refresh) makes it `savedLater`.
 */
export function useCreateEnrollmentKey() {
  const queryClient = useQueryClient()
  const settle = useSettle()
  const list = useQuery(enrollmentKeyQueries.list())
  const [unclear, setUnclear] = useState<Unclear | null>(null)
  const [checking, setChecking] = useState(false)
  const [savedLater, setSavedLater] = useState<EnrollmentKey | null>(null)
  const mutation = useMutation({
    mutationKey: [...MUTATION_KEY, 'create'],
    mutationFn: (body: CreateEnrollmentKeyBody) => createEnrollmentKey(body),
    onSettled: settle,
  })

  const late = unclear && !mutation.isPending && !checking && list.data ? madeBy(unclear, list.data) : undefined
  if (late) {
    setUnclear(null)
    setSavedLater(late)
  }

  async function lookFor(previous: Unclear): Promise<CreateKeyOutcome | null> {
    setChecking(true)
    try {
      if (previous.noAnswer) await new Promise((resolve) => setTimeout(resolve, RECHECK_DELAY_MS))
      const made = madeBy(previous, await queryClient.fetchQuery({ ...enrollmentKeyQueries.list(), staleTime: 0 }))
      if (!made) return null
      setUnclear(null)
      return { status: 'found', key: made }
    } catch (error) {
      return { status: 'failed', error: new CreateCheckFailedError(error) }
    } finally {
      setChecking(false)
    }
  }

  async function create(body: CreateEnrollmentKeyBody): Promise<CreateKeyOutcome> {
    const name = body.tags[0] ?? ''
    if (unclear?.name === name) {
      const looked = await lookFor(unclear)
      if (looked) return looked
    }
    const knownIds = new Set((queryClient.getQueryData(listKey()) ?? []).map((k) => k.id))
    try {
      const key = await mutation.mutateAsync(body)
      setUnclear(null)
      return { status: 'created', key }
    } catch (error) {
      if (isUnclearFailure(error)) {
        const noAnswer = isApiError(error) && error.status === 0
        setUnclear((prev) => (prev?.name === name ? { ...prev, noAnswer } : { name, knownIds, noAnswer }))
      } else {
        setUnclear(null)
      }
      return { status: 'failed', error }
    }
  }

  return {
    create,
    isPending: mutation.isPending,
    /** Looking for a key an earlier try may have made. */
    checking,
    /** The last try failed without a clear answer: the next `create` of that name looks first. */
    mayHaveSaved: unclear !== null,
    savedLater,
  }
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
          if (updated.isDefault && !key.isDefault && losesDefaultTo(updated, k)) {
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
