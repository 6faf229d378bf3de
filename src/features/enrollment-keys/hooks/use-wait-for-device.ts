import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

import { activityQueries } from '@/api/activity/queries'
import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { hostQueries } from '@/api/hosts/queries'
import type { Host } from '@/api/hosts/schemas'
import { nodeQueries } from '@/api/nodes/queries'
import type { Node } from '@/api/nodes/schemas'
import { useDocumentVisible } from '@/lib/use-document-visible'

/** How often the nodes list is asked while waiting, and how long the wait lasts before it gives advice. */
export const WAIT_POLL_INTERVAL_MS = 5_000
export const WAIT_LIMIT_MS = 5 * 60_000

export type JoinedDevice = {
  hostId: string
  /** Null until the hosts list names it. */
  host: Host | null
  nodes: Node[]
}

export type WaitState =
  /** Reading the nodes the server has now, to tell new ones from old. */
  | { phase: 'starting' }
  | { phase: 'waiting'; since: Date; paused: boolean }
  | { phase: 'found'; devices: JoinedDevice[] }
  | { phase: 'timed-out' }

export type WaitOptions = { intervalMs?: number; limitMs?: number }

/** Nodes that were not there when the wait began, in one of the key's networks, grouped by host. */
export function newDevices(
  nodes: readonly Node[] | undefined,
  baseline: ReadonlySet<string> | null,
  networks: readonly string[],
  hosts: readonly Host[] | undefined,
): JoinedDevice[] {
  if (!nodes || !baseline) return []
  const byHost = new Map<string, Node[]>()
  for (const node of nodes) {
    if (baseline.has(node.id) || !networks.includes(node.network)) continue
    const list = byHost.get(node.hostid) ?? []
    list.push(node)
    byHost.set(node.hostid, list)
  }
  return [...byHost].map(([hostId, hostNodes]) => ({
    hostId,
    host: hosts?.find((host) => host.id === hostId) ?? null,
    nodes: hostNodes,
  }))
}

/**
 * Watch the server for a device joining with `key`: the nodes list (which the console already reads) is
 * asked every few seconds while the page is visible — never in a background tab — until a node appears
 * in one of the key's networks, or the time limit passes. Unmounting stops it and cancels what is in
 * flight. When a device is found, the hosts list (its name and OS), the key list (uses left) and the key's
 * activity are refreshed once.
 */
export function useWaitForDevice(
  key: EnrollmentKey,
  { intervalMs = WAIT_POLL_INTERVAL_MS, limitMs = WAIT_LIMIT_MS }: WaitOptions = {},
) {
  const queryClient = useQueryClient()
  const visible = useDocumentVisible()
  const [startedAt, setStartedAt] = useState(() => Date.now())
  const [timedOut, setTimedOut] = useState(false)
  const [baseline, setBaseline] = useState<ReadonlySet<string> | null>(null)

  // Only read to name a new device (and refreshed when one appears): not polled.
  const hosts = useQuery(hostQueries.list())
  const nodes = useQuery({
    ...nodeQueries.list(),
    // A fresh list first: it is the baseline that later lists are compared with.
    refetchOnMount: 'always',
    refetchInterval: (query) =>
      !timedOut && visible && newDevices(query.state.data, baseline, key.networks, undefined).length === 0
        ? intervalMs
        : false,
    refetchIntervalInBackground: false,
  })

  // The first list fetched since the wait began is the baseline (adjusting state while rendering).
  if (baseline === null && nodes.data && nodes.dataUpdatedAt >= startedAt) {
    setBaseline(new Set(nodes.data.map((node) => node.id)))
  }

  const devices = newDevices(nodes.data, baseline, key.networks, hosts.data)
  const found = devices.length > 0
  const foundIds = devices.map((device) => device.hostId).join(',')
  const { refetch: refetchHosts } = hosts

  // A device arrived: name it, show the key's uses left, list it among the key's enrolments — once.
  useEffect(() => {
    if (!foundIds) return
    void refetchHosts()
    void queryClient.invalidateQueries({ queryKey: enrollmentKeyQueries.all() })
    void queryClient.invalidateQueries({ queryKey: activityQueries.enrollments(key.id).queryKey })
  }, [foundIds, refetchHosts, queryClient, key.id])

  // Give up after the time limit (the advice replaces the spinner).
  useEffect(() => {
    if (found || timedOut) return
    const timer = setTimeout(() => setTimedOut(true), Math.max(0, startedAt + limitMs - Date.now()))
    return () => clearTimeout(timer)
  }, [found, timedOut, startedAt, limitMs])

  function restart() {
    setStartedAt(Date.now())
    setTimedOut(false)
    setBaseline(null)
    void nodes.refetch()
  }

  let state: WaitState
  if (found) state = { phase: 'found', devices }
  else if (timedOut) state = { phase: 'timed-out' }
  else if (baseline === null) state = { phase: 'starting' }
  else state = { phase: 'waiting', since: new Date(startedAt), paused: !visible }

  return { state, error: nodes.error, isRetrying: nodes.isFetching, restart }
}
