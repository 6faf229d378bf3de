/**
 * The demo server's master key: the in-browser mock server accepts it, and demo builds offer it on the
 * sign-in page. (`.env.demo`, the README and the e2e tests' `tests/e2e/demo.ts` spell it out themselves.)
 */
export const DEMO_MASTER_KEY = 'demo-master-key'

/** The demo server's accounts, offered on the sign-in page of demo builds. */
export const DEMO_CREDENTIALS = {
  username: 'admin',
  password: 'netmaker-demo',
  masterKey: DEMO_MASTER_KEY,
  /** A read-only account (same password): every change it tries is refused with 403. */
  viewer: 'viewer',
} as const
