import { request } from '@/api/client'

import { serverStatusSchema } from './schemas'

export function getServerStatus(signal?: AbortSignal, serverUrl?: string) {
  return request('/api/server/status', { schema: serverStatusSchema, signal, auth: false, serverUrl })
}
