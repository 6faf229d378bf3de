import { request } from '@/api/client'
import { hostListSchema } from './schemas'

export function listHosts(signal?: AbortSignal) {
  return request('/api/hosts', { schema: hostListSchema, signal })
}
