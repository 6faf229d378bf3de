/** The contract against the mock, in each generation mode (`?scenario=v1.5`, `v1.6`, and the newest). */
import { afterAll, beforeAll, describe } from 'vitest'

import { DEMO_MASTER_KEY } from '@/lib/demo'
import { server } from '@/mocks/node'
import { applyScenarios, type ScenarioName } from '@/mocks/scenarios'
import { DEMO_USERS } from '@/mocks/wire'

import { defineContract } from './contract'
import type { Generation, Target } from './target'

const admin = DEMO_USERS.find((user) => user.platformRole !== 'auditor')
const viewer = DEMO_USERS.find((user) => user.platformRole === 'auditor')

const modes: { generation: Generation; scenarios: ScenarioName[] }[] = [
  { generation: 'v1.5', scenarios: ['v1.5'] },
  { generation: 'v1.6', scenarios: ['v1.6'] },
  { generation: 'v1.8', scenarios: [] },
]

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

for (const { generation, scenarios } of modes) {
  describe(`mock ${generation}`, () => {
    const target: Target = {
      label: `mock ${generation}`,
      generation,
      real: false,
      url: 'http://netmaker.mock',
      masterKey: DEMO_MASTER_KEY,
      admin: { username: admin?.username ?? '', password: admin?.password ?? '' },
      readOnly: viewer ? { username: viewer.username, password: viewer.password } : null,
    }
    beforeAll(() => applyScenarios(scenarios))
    defineContract(() => target)
  })
}
