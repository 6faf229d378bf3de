import { useMutation, useQueryClient } from '@tanstack/react-query'

import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import { nodeQueries } from '@/api/nodes/queries'

import { hostQueries } from './queries'
import { registerHost } from './requests'
import type { HostRegistration } from './schemas'

/**
 * Register a host with a token, as a netclient would (the demo's "simulate a device joining"). Afterwards
 * the hosts and nodes lists and the key list (a limited key lost a use) are stale.
 */
export function useRegisterHost() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ token, host }: { token: string; host: HostRegistration }) => registerHost(token, host),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: hostQueries.all() }),
        queryClient.invalidateQueries({ queryKey: nodeQueries.all() }),
        queryClient.invalidateQueries({ queryKey: enrollmentKeyQueries.all() }),
      ])
    },
  })
}
