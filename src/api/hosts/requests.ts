import { request } from '@/api/client'

import { hostListSchema, type HostRegistration } from './schemas'

export function listHosts(signal?: AbortSignal) {
  return request('/api/hosts', { schema: hostListSchema, signal })
}

/**
 * What `netclient join -t <token>` does: register a host with an enrollment token (no session; the
 * token is the credential). The console calls it only for the demo's "simulate a device joining", and
 * reads nothing from the answer (the host then shows up in the hosts list like any other).
 */
export function registerHost(token: string, host: HostRegistration, signal?: AbortSignal) {
  return request(`/api/v1/host/register/${encodeURIComponent(token)}`, {
    method: 'POST',
    body: host,
    auth: false,
    signal,
  })
}
