import { useQueries, useQueryClient } from '@tanstack/react-query'

import { tagQueries } from '@/api/tags/queries'

import { useServerCapabilities } from './use-server-capabilities'

export type TagOption = {
  /** "<network>.<tag>": what goes in `groups`. */
  id: string
  name: string
  network: string
}

/** Display name of a tag id: "<network>.<name>" → "name" (the network part is dropped). */
export function tagNameFromId(id: string, networks?: readonly string[]): string {
  if (networks) {
    for (const network of networks) {
      if (id.startsWith(`${network}.`)) return id.slice(network.length + 1)
    }
  }
  const dot = id.indexOf('.')
  return dot >= 0 ? id.slice(dot + 1) : id
}

type TagResults = {
  data?: { id: string; tag_name: string; network: string }[]
  isPending: boolean
  error: Error | null
}[]

function combineTags(results: TagResults) {
  const tags: TagOption[] = results
    .flatMap((r) => r.data ?? [])
    .map((t) => ({ id: t.id, name: t.tag_name, network: t.network }))
    .sort((a, b) => a.network.localeCompare(b.network) || a.name.localeCompare(b.name))
  return {
    tags,
    anyPending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  }
}

/**
 * Tags of the given networks (Pro servers). `supported` is false on community servers, where the
 * tags endpoint does not exist.
 */
export function useTags(networks: readonly string[]) {
  const caps = useServerCapabilities()
  const enabled = caps.tags
  const queryClient = useQueryClient()
  const combined = useQueries({
    queries: networks.map((network) => ({ ...tagQueries.byNetwork(network), enabled })),
    combine: combineTags,
  })

  return {
    supported: enabled,
    capabilitiesLoading: caps.isLoading,
    tags: combined.tags,
    isPending: enabled && combined.anyPending,
    error: combined.error,
    refetch: () => void queryClient.refetchQueries({ queryKey: tagQueries.all() }),
  }
}
