import { HttpResponse } from 'msw'
import { getDb } from '../db'
import { route } from './http'

export const nodeHandlers = [route('get', '/api/nodes', () => HttpResponse.json(getDb().nodes))]
