import { HttpResponse } from 'msw'

import { getDb } from '../db'
import { hasScenario } from '../scenarios'
import { route } from './http'

export const tagHandlers = [
  route(
    'get',
    '/api/v1/tags',
    ({ request }) => {
      const network = new URL(request.url).searchParams.get('network')
      const tags = getDb().tags.filter((tag) => !network || tag.network === network)
      return HttpResponse.json({ Code: 200, Message: 'fetched tags', Response: tags })
    },
    { missing: () => hasScenario('community') },
  ),
]
