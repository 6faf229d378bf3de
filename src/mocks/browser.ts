/** Placeholder: the mock worker arrives with the mock server work. */
export async function startMockWorker(): Promise<void> {}
