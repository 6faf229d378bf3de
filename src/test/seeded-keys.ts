import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { DEMO_MASTER_KEY } from '@/lib/demo'
import { sessionStore } from '@/lib/session'

import { createTestQueryClient } from './render'

/**
 * For a component test of one dialog: signed in as the demo admin, with a fresh query client that has the
 * mock server's key list loaded (as the page would have it), and the seeded keys by name.
 */
export async function loadSeededKeys() {
  sessionStore.signIn({ token: DEMO_MASTER_KEY, serverUrl: '', username: 'admin' }, false)
  const queryClient = createTestQueryClient()
  const keys = await queryClient.fetchQuery(enrollmentKeyQueries.list())
  function keyNamed(name: string): EnrollmentKey {
    const key = keys.find((k) => k.name === name)
    if (!key) throw new Error(`no key ${name} in the seed`)
    return key
  }
  return { queryClient, keys, keyNamed }
}
