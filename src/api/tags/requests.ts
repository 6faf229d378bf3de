import { request } from '@/api/client'

import { tagListResponseSchema } from './schemas'

export function listTags(network: string, signal?: AbortSignal) {
  return request(`/api/v1/tags?network=${encodeURIComponent(network)}`, { schema: tagListResponseSchema, signal })
}
