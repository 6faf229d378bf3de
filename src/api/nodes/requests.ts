import { request } from '@/api/client'

import { nodeListSchema } from './schemas'

export function listNodes(signal?: AbortSignal) {
  return request('/api/nodes', { schema: nodeListSchema, signal })
}
