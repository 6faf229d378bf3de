import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'

import { hostQueries } from '@/api/hosts/queries'
import { nodeQueries } from '@/api/nodes/queries'

export type Gateway = {
  /** The relay node's id: what goes in `relay`. */
  id: string
  hostName: string
  network: string
  /** "host name (network)" */
  label: string
}

/**
 * Every relay node, labelled "host name (network)" by joining nodes to hosts. Filter by a key's
 * networks with `gatewaysIn`.
 */
export function useGateways() {
  const nodes = useQuery(nodeQueries.list())
  const hosts = useQuery(hostQueries.list())

  const gateways = useMemo<Gateway[]>(() => {
    if (!nodes.data) return []
    const hostNames = new Map((hosts.data ?? []).map((h) => [h.id, h.name]))
    return nodes.data
      .filter((n) => n.isrelay === true)
      .map((n) => {
        const hostName = hostNames.get(n.hostid) ?? `Node ${n.id.slice(0, 8)}`
        return { id: n.id, hostName, network: n.network, label: `${hostName} (${n.network})` }
      })
      .sort((a, b) => a.label.localeCompare(b.label))
  }, [nodes.data, hosts.data])

  const byId = useMemo(() => new Map(gateways.map((g) => [g.id, g])), [gateways])

  return {
    gateways,
    byId,
    isPending: nodes.isPending || hosts.isPending,
    error: nodes.error ?? hosts.error,
    refetch: () => {
      void nodes.refetch()
      void hosts.refetch()
    },
  }
}

/** The gateways a key with these networks may use. */
export function gatewaysIn(gateways: readonly Gateway[], networks: readonly string[]): Gateway[] {
  const set = new Set(networks)
  return gateways.filter((g) => set.has(g.network))
}
