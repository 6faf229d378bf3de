/**
 * The demo server's master key: the in-browser mock server accepts it, and demo builds offer it on the
 * sign-in page. (`.env.demo`, the README and the e2e tests' `tests/e2e/demo.ts` spell it out themselves.)
 */
export const DEMO_MASTER_KEY = 'demo-master-key'
