/** The built demo's master key (the app's own is `DEMO_MASTER_KEY` in src/lib/demo.ts). */
export const DEMO_MASTER_KEY = 'demo-master-key'

/** The Authorization header a request to the demo's mock server signs in with. */
export const DEMO_AUTHORIZATION = `Bearer ${DEMO_MASTER_KEY}`
