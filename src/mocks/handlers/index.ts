import type { RequestHandler } from 'msw'

/** Placeholder: every Netmaker route arrives with the mock server work. */
export const handlers: RequestHandler[] = []
