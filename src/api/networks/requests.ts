import { request } from '@/api/client'

import { networkListSchema } from './schemas'

export function listNetworks(signal?: AbortSignal) {
  return request('/api/networks', { schema: networkListSchema, signal })
}
