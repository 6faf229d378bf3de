import { HttpResponse } from 'msw'

import { getDb, saveDb } from '../db'
import { apiError, param, route } from './http'

export const nodeHandlers = [
  route('get', '/api/nodes', () => HttpResponse.json(getDb().nodes)),

  // Makes a node a gateway (a relay, and on v1.6+ also an ingress): what a seed or a test needs.
  route('post', '/api/nodes/:network/:nodeid/gateway', ({ params }) => {
    const nodeId = param(params, 'nodeid')
    const network = param(params, 'network')
    const node = getDb().nodes.find((candidate) => candidate.id === nodeId)
    if (!node) {
      return apiError(
        400,
        `failed to create gateway on node (${nodeId}) in network (${network}): error fetching node (${nodeId}): record not found`,
      )
    }
    if (node.network !== network) {
      return apiError(
        400,
        `failed to create gateway on node (${nodeId}) in network (${network}): node (${nodeId}) not in network (${network})`,
      )
    }
    node.isrelay = true
    node.isingressgateway = true
    saveDb()
    return HttpResponse.json(node)
  }),
]
